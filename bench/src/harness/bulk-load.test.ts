import { describe, expect, it } from 'vitest';
import { bulkLoadPlan } from './bulk-load.js';

describe('bulkLoadPlan', () => {
  const plan = bulkLoadPlan(
    'hotline_ticket',
    [
      { name: 'hotline_ticket_pkey', definition: 'CREATE UNIQUE INDEX hotline_ticket_pkey …' },
      { name: 'hotline_ticket_number_key', definition: 'CREATE UNIQUE INDEX … (number)' },
      {
        name: 'hotline_ticket_closed',
        definition: 'CREATE INDEX hotline_ticket_closed ON public.hotline_ticket (closed_at)',
      },
    ],
    [
      {
        table: 'hotline_ticket',
        name: 'hotline_ticket_parent_ticket_id_fkey',
        type: 'f',
        definition: 'FOREIGN KEY (parent_ticket_id) REFERENCES hotline_ticket(id)',
      },
      {
        table: 'hotline_ticket',
        name: 'hotline_ticket_number_key',
        type: 'u',
        definition: 'UNIQUE (number)',
        index: 'hotline_ticket_number_key',
      },
      {
        table: 'hotline_ticket',
        name: 'hotline_ticket_pkey',
        type: 'p',
        definition: 'PRIMARY KEY (id)',
        index: 'hotline_ticket_pkey',
      },
    ],
  );

  it('drops foreign keys first, then keys, then the indexes no key owns', () => {
    expect(plan.drop).toEqual([
      'ALTER TABLE "hotline_ticket" DROP CONSTRAINT "hotline_ticket_parent_ticket_id_fkey"',
      'ALTER TABLE "hotline_ticket" DROP CONSTRAINT "hotline_ticket_number_key"',
      'ALTER TABLE "hotline_ticket" DROP CONSTRAINT "hotline_ticket_pkey"',
      'DROP INDEX "hotline_ticket_closed"',
    ]);
  });

  it('restores the primary key first and the foreign keys last, validated', () => {
    expect(plan.restore).toEqual([
      'ALTER TABLE "hotline_ticket" ADD CONSTRAINT "hotline_ticket_pkey" PRIMARY KEY (id)',
      'ALTER TABLE "hotline_ticket" ADD CONSTRAINT "hotline_ticket_number_key" UNIQUE (number)',
      'CREATE INDEX hotline_ticket_closed ON public.hotline_ticket (closed_at)',
      'ALTER TABLE "hotline_ticket" ADD CONSTRAINT "hotline_ticket_parent_ticket_id_fkey" FOREIGN KEY (parent_ticket_id) REFERENCES hotline_ticket(id) NOT VALID',
      'ALTER TABLE "hotline_ticket" VALIDATE CONSTRAINT "hotline_ticket_parent_ticket_id_fkey"',
    ]);
  });
});
