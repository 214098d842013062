import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import type { CompiledQuery } from 'kysely';
import { migrations } from './index.js';

/** The statements a migration step sends, in order: SQL text and parameters. */
async function recordStatements(
  step: (db: Kysely<unknown>) => Promise<void>,
): Promise<Pick<CompiledQuery, 'sql' | 'parameters'>[]> {
  const sent: Pick<CompiledQuery, 'sql' | 'parameters'>[] = [];
  // No migration reads what a statement returns, so a driver that answers nothing
  // records exactly what a real database would be sent.
  const db = new Kysely<unknown>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (instance) => new PostgresIntrospector(instance),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') {
        sent.push({ sql: event.query.sql, parameters: event.query.parameters });
      }
    },
  });
  await step(db);
  await db.destroy();
  return sent;
}

/**
 * The sha256 of what each landed migration sends (statements in order, as JSON). Deployed
 * databases have run these statements, so they must never change, whatever shared code
 * (division-scope.ts, audit-chain-in-id-order.ts) a migration is written with. A new
 * migration adds its own line here once; a change to a landed one belongs in a new file.
 */
const LANDED: Readonly<Record<string, { up: string; down: string }>> = {
  '20261121100000_records': {
    up: 'e9be7842ffb870892359afac73f538a25710899084181651bd98553778ada2ad',
    down: '683e4f5dbf2cac178a45862985076436abefa3735c43028d7fca32aff23a86ce',
  },
  '20261121100100_change-log-and-audit': {
    up: '07291b8bdace23dc6372f28b01a9044a81f495d3ba3926b5a4c001b549b63c48',
    down: 'f5e697ec3816fd11fccc67fb44a35f59e368e393ac26629983fce583ffeffaf2',
  },
  '20261121110000_row-level-security-and-audit-chain': {
    up: 'aa23f36559975dd0a619ef3b0e1c8722b8ad0fe352cc03ea0bf33dfc31506f58',
    down: '51b926be96f42389d55640811477d1767408c5315c1f203ca2dd3b494ec13731',
  },
  '20261121120000_working-calendar': {
    up: 'a35287dde0183bd584605d209cf47fd846139c2f59515310469c4c61c7f7fb39',
    down: '69cb228146a8e5cd4d6da56da600d63d27b14fb808a2071c10442681d40b245d',
  },
  '20261121130000_workflow-history-and-units': {
    up: '51d4d1d14bee606885c68b2fc4f622715321c9d4111d538053fc4c509f2b15ef',
    down: 'f5b4c9b534f6fd069d788be64c4a025950489418954bf1ec5dd84ea7b8b5b7ce',
  },
  '20261121140000_case-workflow': {
    up: '4d38d3cb6b1453757844d8ae47fd0df45bcc005802204072e034f3e131509ed0',
    down: '492fcaa940655361eccebcb7ffea96b1b782c7ed0fa0909ce09e2f4212ac9a1c',
  },
  '20261121150000_enforcement-workflow': {
    up: 'f728cc9a148c911a31c4a1485aa4439fe0080d3da41596f30e3e428d3add7aac',
    down: 'eb0aa8d3d3d407b6e78c98731071f82a36a2dca9a01dbfca244ce7b5dcf48cbc',
  },
  '20261121153000_audit-chain-sealing': {
    up: 'dcd132fae07735b2a9967c81513d75486b494dc9370aeb6535b7d85f5733a1ae',
    down: 'd8539bfe75f18184caf03e85f14000614c77c84f19734db9c928ae5dfb794a57',
  },
  '20261121155000_list-sort-indexes': {
    up: '49ebe8ecdcfb9744544ce735eff32e8acef5ddee3f33bf63b3982a3a6cd130d1',
    down: '89e08af13d8964dbd8aa152797fc5d508fc41d72eb9b52f5bb830930deb06c30',
  },
  '20261121160000_tier-sync': {
    up: 'a4d29c486cf98878a7397de02ae20f60e758e92d17405fddafb15053d3bccc60',
    down: 'b34b4f8f78611ae8b4f8004f50c81274486037f82133d61a49250fef831685ee',
  },
  '20261121170000_indicator-indexes': {
    up: '71353b5313df8e0347a3ea9f341608e511f962f983add534b0f2cfee35dd602e',
    down: '0b7a204ca3c43e4e7f5b5b82896edc18bfd779f707b57adcd6621db9485bb63c',
  },
  '20261121180000_monthly-rollup': {
    up: '7689240c94c82f5fdd570b01e070f3434fbfaa27058d12450245ca933d726cde',
    down: '132038a628c07a85d81fc96e564b87abbec5564dba7426279ba3ea1066939704',
  },
  '20261121190000_idempotency-keys': {
    up: '8c7f9b3947074f2300bb1a73f64c7f44d5d1b2d9ec6207171fa358c1980af4ec',
    down: '67db7e2d9d9dd07253c7cec4b893778b04e93cf2dd01ef5cbdc857e21ed3fc34',
  },
  '20261204120000_sync-backlog-and-lag': {
    up: '18acd2edd8da87ae5299af5017e65e6645eae1d211808247fb924e12c57c6c99',
    down: 'e802a4eeea391019d07d286a439dcf413d873314e6c5b94a1062f32fd2ed73e8',
  },
  '20261205120000_sync-stale-changes': {
    up: 'ce6074e17f2ed50b6057def3ddfc5da9721da76d7579f8647a3b62193e646c8e',
    down: 'aa6c89bccf13fe49d0c301e899a9be768fd954cebe65e5c51dd837bc24dd9deb',
  },
  '20261206090000_co-unit-replies': {
    up: '537ff0963778cacad9d9145e276de77d69819e595e40c1dbc5e0c8fb5cd5a98c',
    down: '6f501d707f9fb341366eb8874542d2b37d390ea195a2faecc01a671388ae163e',
  },
  '20261206100000_ticket-case-link': {
    up: '3d969898b1591ea03c519a4a98a50d86f6924df1d49d95874abb5f4695b1a5f2',
    down: 'c58c192f902fbcde89c80c28958cd1609a8d52f127761e0401f1f1864fb99964',
  },
  '20261206120000_desk-lookups': {
    up: 'e115bdf13ac75de4d7bb4612040ffb6939da0318b232951b74e77a437f91593a',
    down: '1ab21b07628add946eb303d0f7c78795c708d08054c515dd1de935f3925e1b5a',
  },
  '20261208090000_record-attachments': {
    up: 'f6233074b37a96dd3d478e10b7142ef5a96a9053946ffe860cded202485a4b7e',
    down: '5b0dee1a2fa38585125b589b89ea98342874aa2810e45f67cf9d5378a959a37d',
  },
  '20261209090000_supervision-arrivals': {
    up: '31ecbc7fb17c43ebc2a75ae99c5ee1c37a1d38d4d978e266af4622a58400feb7',
    down: 'e087d17041a2dd3cfd2680d5ec6ad16ad7e53bb7add7bfc1599c745221860803',
  },
};

function fingerprint(statements: Pick<CompiledQuery, 'sql' | 'parameters'>[]): string {
  return createHash('sha256').update(JSON.stringify(statements)).digest('hex');
}

describe('landed migrations', () => {
  it('have a fingerprint of what they send, each one', () => {
    expect(Object.keys(LANDED)).toEqual(Object.keys(migrations));
  });

  for (const [name, migration] of Object.entries(migrations)) {
    it(`${name} sends the same statements as when it landed`, async () => {
      const expected = LANDED[name];
      const up = await recordStatements((db) => migration.up(db));
      const down = await recordStatements((db) => migration.down?.(db) ?? Promise.resolve());
      expect(up.length).toBeGreaterThan(0);
      expect(down.length).toBeGreaterThan(0);
      expect({ up: fingerprint(up), down: fingerprint(down) }).toEqual(expected);
    });
  }
});
