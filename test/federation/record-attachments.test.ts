import { randomUUID } from 'node:crypto';
import exifr from 'exifr';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@city-ops/core';
import { OFFICERS, PERSON_ID } from '../support/enforcement.js';
import { drain, startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { jpegWithGps, pdf, plainJpeg, png, windowsExecutable } from '../support/test-files.js';

/**
 * Files on records through the real gateway over HTTP (multipart uploads, the GraphQL
 * multipart request spec): a photo's GPS position is gone when it comes back, the type is
 * read from the bytes, size and count are limited and a refusal writes nothing; only
 * those who may read the record at its city download, every download is audited, and the
 * province holds the count, never a file.
 */

const ATTACH = /* GraphQL */ `
  mutation ($recordId: ID!, $file: File!, $purpose: AttachmentPurpose!) {
    attachToRecord(recordId: $recordId, file: $file, purpose: $purpose) {
      id
      recordId
      fileName
      contentType
      size
      purpose
      uploadedAt
      uploadedBy
    }
  }
`;

const CONTENT = /* GraphQL */ `
  query ($id: ID!) {
    attachmentContent(id: $id) {
      attachment {
        id
        contentType
        size
      }
      base64
    }
  }
`;

const TICKET = /* GraphQL */ `
  query ($id: ID!) {
    ticket(id: $id) {
      version
      attachmentCount
      attachments {
        id
        fileName
        contentType
        size
        purpose
        uploadedBy
      }
      history {
        action
      }
    }
  }
`;

interface Attached {
  id: string;
  recordId: string;
  fileName: string;
  contentType: string;
  size: number;
  purpose: string;
  uploadedAt: string;
  uploadedBy: string;
}

type Content = GraphQLResponse<{
  attachmentContent: {
    attachment: { id: string; contentType: string; size: number };
    base64: string;
  };
}>;

type TicketRead = GraphQLResponse<{
  ticket: {
    version: number;
    attachmentCount: number;
    attachments: { id: string; fileName: string; contentType: string; purpose: string }[] | null;
    history: { action: string }[];
  } | null;
}>;

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

/** 64 KiB and four files a record at 南京, so the limits are met with small files. */
const MAX_BYTES = 64 * 1024;
const PER_RECORD = 4;

describe('record attachments', () => {
  let federation: TestFederation;
  let nanjing: Kysely<Database>;
  const token = (user: string) => federation.token(user);
  let ticketId: string;
  let photo: Attached;

  /** A multipart POST to the gateway, as a browser's FormData sends it. */
  const upload = async (
    user: string,
    recordId: string,
    file: { bytes: Buffer; name: string; type?: string },
    purpose = 'SITE_PHOTO',
  ): Promise<GraphQLResponse<{ attachToRecord: Attached }>> => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({ query: ATTACH, variables: { recordId, file: null, purpose } }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append(
      '0',
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
    const response = await fetch(federation.gateway.graphqlUrl, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token(user)}`,
        accept: 'application/graphql-response+json, application/json',
      },
      body: form,
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  const download = (user: string, id: string): Promise<Content> =>
    federation.query(token(user), CONTENT, { id });

  /** What 南京 stores of a record's files, and the record's version, read as the owner. */
  const stored = async (recordId: string) => {
    const files = await nanjing
      .selectFrom('attachment')
      .select(['id', 'content_type'])
      .where('record_id', '=', recordId)
      .execute();
    const ticket = await nanjing
      .selectFrom('hotline_ticket')
      .select(['version', 'attachment_count'])
      .where('id', '=', recordId)
      .executeTakeFirst();
    return { files: files.length, version: ticket?.version, count: ticket?.attachment_count };
  };

  beforeAll(async () => {
    federation = await startFederation({
      provinces: ['320000'],
      cities: ['320100'],
      environment: {
        '320100': {
          ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
          ATTACHMENTS_PER_RECORD: String(PER_RECORD),
        },
      },
    });
    nanjing = federation.database('320100');
    const created = await federation.query<{ createTicket: { id: string } }>(
      token('agent.320100'),
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          division: '320106',
          channel: 'PHONE',
          intakeClass: 'COMPLAINT',
          categoryCode: '010202',
          title: '路口井盖缺失',
          content: '中山北路与湖南路路口东南角井盖缺失。',
          caller: { name: '李四', phone: '13900001111' },
          location: { address: '鼓楼区中山北路100号' },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    ticketId = created.data!.createTicket.id;
  });

  afterAll(async () => {
    await federation?.close();
  });

  it('stores an agent’s photo without its GPS position, and gives it back so', async () => {
    const original = jpegWithGps();
    expect(await exifr.gps(original)).toMatchObject({ latitude: 32.05 });
    const answer = await upload('agent.320100', ticketId, { bytes: original, name: '现场.jpg' });
    expect(answer.errors).toBeUndefined();
    photo = answer.data!.attachToRecord;
    expect(photo).toMatchObject({
      recordId: ticketId,
      fileName: '现场.jpg',
      contentType: 'image/jpeg',
      size: plainJpeg().length,
      purpose: 'SITE_PHOTO',
      uploadedBy: 'agent.320100',
    });
    expect(photo.id).toMatch(/^320100-AT-/);

    const back = await download('agent.320100', photo.id);
    expect(back.errors).toBeUndefined();
    const bytes = Buffer.from(back.data!.attachmentContent.base64, 'base64');
    expect(await exifr.gps(bytes)).toBeUndefined();
    expect(await exifr.parse(bytes)).toBeUndefined();
    // Only the metadata went: every other byte is the picture as it was sent.
    expect(bytes.equals(plainJpeg())).toBe(true);
    // Stored so, not only served so.
    const row = await nanjing
      .selectFrom('attachment')
      .select('content')
      .where('id', '=', photo.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(row.content).equals(plainJpeg())).toBe(true);
  });

  it('takes a PDF and a PNG, and lists every file on the ticket, oldest first', async () => {
    const document = await upload(
      'agent.320100',
      ticketId,
      { bytes: pdf(), name: '告知书.pdf' },
      'DOCUMENT',
    );
    expect(document.errors).toBeUndefined();
    expect(document.data?.attachToRecord.contentType).toBe('application/pdf');
    const image = await upload(
      'dispatcher.320100',
      ticketId,
      { bytes: png(), name: 'after.png', type: 'image/png' },
      'AFTER_HANDLING',
    );
    expect(image.errors).toBeUndefined();
    expect(image.data?.attachToRecord.contentType).toBe('image/png');

    const read: TicketRead = await federation.query(token('dispatcher.320100'), TICKET, {
      id: ticketId,
    });
    expect(read.errors).toBeUndefined();
    expect(read.data?.ticket?.attachmentCount).toBe(3);
    expect(
      read.data?.ticket?.attachments?.map((file) => [
        file.fileName,
        file.contentType,
        file.purpose,
      ]),
    ).toEqual([
      ['现场.jpg', 'image/jpeg', 'SITE_PHOTO'],
      ['告知书.pdf', 'application/pdf', 'DOCUMENT'],
      ['after.png', 'image/png', 'AFTER_HANDLING'],
    ]);
    expect(read.data?.ticket?.history.filter((entry) => entry.action === 'attach')).toHaveLength(3);
  });

  it('refuses an executable named .jpg by its bytes, and writes nothing', async () => {
    const before = await stored(ticketId);
    const answer = await upload('agent.320100', ticketId, {
      bytes: windowsExecutable(),
      name: 'photo.jpg',
      type: 'image/jpeg',
    });
    expect(answer.data ?? null).toBeNull();
    expect(codeOf(answer)).toBe('UNSUPPORTED_FILE_TYPE');
    expect(answer.errors?.[0]?.message).toMatch(/“photo\.jpg”是application\/x-msdownload/);
    expect(answer.errors?.[0]?.message).toMatch(/请附上 JPEG、PNG 或 WebP 照片，或 PDF 文档/);
    expect(await stored(ticketId)).toEqual(before);
  });

  it('refuses a file over the size limit, and one past the per-record count, writing nothing', async () => {
    const before = await stored(ticketId);
    const big = Buffer.concat([plainJpeg(), Buffer.alloc(MAX_BYTES)]);
    const tooBig = await upload('agent.320100', ticketId, { bytes: big, name: 'big.jpg' });
    expect(codeOf(tooBig)).toBe('FILE_TOO_LARGE');
    expect(tooBig.errors?.[0]?.message).toContain(`超过单个文件上限 ${MAX_BYTES} 字节`);
    expect(await stored(ticketId)).toEqual(before);

    const fourth = await upload(
      'agent.320100',
      ticketId,
      { bytes: pdf('回执'), name: '回执.pdf' },
      'DOCUMENT',
    );
    expect(fourth.errors).toBeUndefined();
    const full = await stored(ticketId);
    expect(full).toMatchObject({ files: PER_RECORD, count: PER_RECORD });
    const fifth = await upload('agent.320100', ticketId, { bytes: png(), name: 'more.png' });
    expect(codeOf(fifth)).toBe('TOO_MANY_ATTACHMENTS');
    expect(fifth.errors?.[0]?.message).toContain(`已有 ${PER_RECORD} 个文件，达到每条记录的上限`);
    expect(await stored(ticketId)).toEqual(full);
  });

  it('lets nobody out of the ticket’s scope download: a unit it was not sent to, another city’s agent', async () => {
    // Inside the city, out of scope looks like nothing there at all.
    const unit = await download('unit-cg.320100', photo.id);
    expect(unit.data ?? null).toBeNull();
    expect(codeOf(unit)).toBe('NOT_FOUND');
    const unitAttach = await upload('unit-cg.320100', ticketId, { bytes: png(), name: 'x.png' });
    expect(codeOf(unitAttach)).toBe('NOT_FOUND');
    // Another city's user is refused as every node and the gateway refuse them any record
    // of a city not theirs: from the id and the token alone, so nothing about it leaks.
    const wuxi = await download('agent.320200', photo.id);
    expect(wuxi.data ?? null).toBeNull();
    expect(codeOf(wuxi)).toBe('FORBIDDEN');
    const atCity = (await federation.queryNode('320100', token('agent.320200'), CONTENT, {
      id: photo.id,
    })) as Content;
    expect(atCity.data ?? null).toBeNull();
    expect(codeOf(atCity)).toBe('FORBIDDEN');
  });

  it('audits every download of a citizen’s photo as a read of personal data', async () => {
    const entries = await nanjing
      .selectFrom('audit_log')
      .select(['actor_username', 'entity', 'entity_ids', 'detail'])
      .where('action', '=', 'personal-data.read')
      .where('entity', '=', 'hotline_ticket')
      .execute();
    const downloads = entries.filter(
      (entry) => (entry.detail as { attachment?: string }).attachment === photo.id,
    );
    expect(downloads).toEqual([
      {
        actor_username: 'agent.320100',
        entity: 'hotline_ticket',
        entity_ids: [ticketId],
        detail: { attachment: photo.id, purpose: 'SITE_PHOTO', contentType: 'image/jpeg' },
      },
    ]);
  });

  it('gives the province the count after sync and never a file; its supervisor cannot download', async () => {
    const province = federation.syncConsumer('320000', ['320100']);
    await province.registerSources();
    await drain(province, ['320100'], federation);
    const replica = await federation
      .database('320000')
      .selectFrom('hotline_ticket')
      .select(['attachment_count'])
      .where('id', '=', ticketId)
      .executeTakeFirst();
    expect(replica?.attachment_count).toBe(PER_RECORD);
    const heldAbove = await federation
      .database('320000')
      .selectFrom('attachment')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(heldAbove.count)).toBe(0);

    const supervisor = token('supervisor.320000');
    // The province's own replica, and the live record through the gateway: a count, no files.
    for (const read of [
      (await federation.queryNode('320000', supervisor, TICKET, { id: ticketId })) as TicketRead,
      (await federation.query(supervisor, TICKET, { id: ticketId })) as TicketRead,
    ]) {
      expect(read.errors).toBeUndefined();
      expect(read.data?.ticket).toMatchObject({ attachmentCount: PER_RECORD, attachments: null });
    }
    const refused = await download('supervisor.320000', photo.id);
    expect(refused.data ?? null).toBeNull();
    expect(codeOf(refused)).toBe('FORBIDDEN');
    // Asked at the city itself, past the gateway's early refusal: refused there too.
    const atCity = (await federation.queryNode('320100', supervisor, CONTENT, {
      id: photo.id,
    })) as Content;
    expect(codeOf(atCity)).toBe('FORBIDDEN');
  });

  it('attaches to a case and an enforcement record alike, each kind by its own operation', async () => {
    const reported = await federation.query<{ reportCase: { id: string } }>(
      token('dispatcher.320100'),
      `mutation ($i: ReportCaseInput!) { reportCase(input: $i) { id } }`,
      {
        i: {
          division: '320106',
          source: 'PUBLIC',
          type: 'EVENT',
          majorClass: 'CITY_APPEARANCE',
          minorCode: '0101',
          description: '中山路人行道暴露垃圾，约两立方米',
          address: '中山路与北京西路交叉口东北角',
        },
      },
    );
    expect(reported.errors).toBeUndefined();
    const caseId = reported.data!.reportCase.id;
    const filed = await federation.query<{ fileEnforcementCase: { id: string } }>(
      token('officer.320100'),
      `mutation ($i: FileEnforcementCaseInput!) { fileEnforcementCase(input: $i) { id } }`,
      {
        i: {
          division: '320106',
          source: 'PATROL',
          violatedArticle: '《江苏省城市市容和环境卫生管理条例》第二十四条',
          penaltyArticle: '《江苏省城市市容和环境卫生管理条例》第四十七条',
          party: { kind: 'PERSON', name: '李四', idNumber: PERSON_ID },
          officers: OFFICERS,
          procedure: 'ORDINARY',
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    const enforcementId = filed.data!.fileEnforcementCase.id;

    const onCase = await upload('dispatcher.320100', caseId, {
      bytes: jpegWithGps(),
      name: 'case.jpg',
    });
    expect(onCase.errors).toBeUndefined();
    const onRecord = await upload(
      'officer.320100',
      enforcementId,
      { bytes: pdf(), name: '决定书.pdf' },
      'DOCUMENT',
    );
    expect(onRecord.errors).toBeUndefined();
    // An agent attaches to tickets only: an enforcement record is out of their reach.
    const agent = await upload('agent.320100', enforcementId, { bytes: pdf(), name: 'x.pdf' });
    expect(codeOf(agent)).toBe('NOT_FOUND');

    const listed = await federation.query<{
      caseReport: { attachmentCount: number; attachments: { contentType: string }[] | null };
      enforcementRecord: { attachmentCount: number; attachments: { contentType: string }[] | null };
    }>(
      token('supervisor.320100'),
      `query ($c: ID!, $e: ID!) {
        caseReport(id: $c) { attachmentCount attachments { contentType } }
        enforcementRecord(id: $e) { attachmentCount attachments { contentType } }
      }`,
      { c: caseId, e: enforcementId },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data).toEqual({
      caseReport: { attachmentCount: 1, attachments: [{ contentType: 'image/jpeg' }] },
      enforcementRecord: { attachmentCount: 1, attachments: [{ contentType: 'application/pdf' }] },
    });
    const caseFile = await download('dispatcher.320100', onCase.data!.attachToRecord.id);
    expect(
      await exifr.gps(Buffer.from(caseFile.data!.attachmentContent.base64, 'base64')),
    ).toBeUndefined();
  });
});
