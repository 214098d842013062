import { ApiError } from './api-error';

/** An answer, and the gateway's note when a replica answered for a node that did not. */
export interface AnswerWithNote<Data> {
  data: Data;
  /** e.g. 南京市节点未应答，已由省级副本答复: shown beside the data; null when all answered live. */
  note: string | null;
}

/**
 * Takes a replica's answer as an answer: when the only errors were the gateway's notes that a
 * node did not answer and another answered instead, the data comes back with the note, for a
 * screen that says where its data came from (a record's replica notice, a province's list).
 * Any other failure is thrown as before.
 */
export async function acceptingReplicaAnswer<Data>(
  answer: Promise<Data>,
): Promise<AnswerWithNote<Data>> {
  try {
    return { data: await answer, note: null };
  } catch (failure) {
    if (failure instanceof ApiError && failure.answeredInstead) {
      return { data: failure.answeredInstead as Data, note: failure.message };
    }
    throw failure;
  }
}
