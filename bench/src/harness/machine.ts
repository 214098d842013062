import { cpus, release, totalmem } from 'node:os';

/** The machine a result was measured on: numbers from another machine are not comparable. */
export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  /** Set by scenarios that start a PostgreSQL server (`SHOW server_version`). */
  postgres?: string;
}

export function describeMachine(postgres?: string): MachineInfo {
  const processors = cpus();
  return {
    cores: processors.length,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    ...(postgres ? { postgres } : {}),
  };
}
