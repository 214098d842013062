/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CallerInput = {
  confidential?: boolean | null | undefined;
  /** At most 50 characters. */
  name?: string | null | undefined;
  /** Mainland mobile (11 digits) or landline (area code, 7–8 digits). */
  phone?: string | null | undefined;
};

export type CreateTicketInput = {
  caller: CallerInput;
  /** A level-3 category code. */
  categoryCode: string;
  channel: TicketChannel;
  /** 1–4000 characters. */
  content: string;
  /** Where the request is about: a county or city code inside the owning city. */
  division: string;
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: string | null | undefined;
  intakeClass: IntakeClass;
  location?: LocationInput | null | undefined;
  /** 1–100 characters. */
  title: string;
  urgency?: Urgency | null | undefined;
};

export type DivisionLevel = 'CITY' | 'COUNTY' | 'NATIONAL' | 'PROVINCE';

export type DuplicateQueryInput = {
  address?: string | null | undefined;
  categoryCode: string;
  content?: string | null | undefined;
  division: string;
  title?: string | null | undefined;
};

/** 12345 intake class. */
export type IntakeClass =
  /** 投诉 */
  | 'COMPLAINT'
  /** 咨询 */
  | 'CONSULTATION'
  /** 求助 */
  | 'HELP_REQUEST'
  /** 其他 */
  | 'OTHER'
  /** 表扬/感谢 */
  | 'PRAISE'
  /** 举报 */
  | 'REPORT'
  /** 建议 */
  | 'SUGGESTION';

export type LocationInput = {
  /** At most 200 characters. */
  address?: string | null | undefined;
  community?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  street?: string | null | undefined;
};

export type MergeTicketInput = {
  comment?: string | null | undefined;
  id: string | number;
  /** The ticket to merge this one into. */
  parentId: string | number;
  version: number;
};

/** 12345 intake channel. */
export type TicketChannel =
  | 'APP'
  | 'EMAIL'
  | 'PHONE'
  | 'SMS'
  /** Transferred in from another hotline or 数字城管 */
  | 'TRANSFER'
  | 'WEB'
  /** WeChat or mini-program */
  | 'WECHAT';

/** The closed loop 受理、调度、办理、回复、督办、办结、回访、评价. */
export type TicketStatus =
  /** 受理 */
  | 'ACCEPTED'
  /** 归档 */
  | 'ARCHIVED'
  /** 回访 */
  | 'CALLED_BACK'
  /** 办结 */
  | 'CLOSED'
  /** 派单 */
  | 'DISPATCHED'
  /** 办理 */
  | 'IN_PROGRESS'
  /** 重办 */
  | 'REOPENED'
  /** 反馈 */
  | 'REPLIED'
  /** 退单: returned by the unit, waiting for 改派 */
  | 'RETURNED'
  /** 审核 */
  | 'REVIEWED'
  /** 签收 */
  | 'SIGNED_FOR';

export type Urgency =
  /** Same-day emergencies */
  'EMERGENCY' | 'NORMAL' | 'URGENT';

export type IntakeOptionsQueryVariables = Exact<{
  city: string;
}>;

export type IntakeOptionsQuery = {
  districts: Array<{ code: string; name: string }>;
  categories: Array<{ code: string; name: string }>;
  enumLabels: Array<{ enum: string; value: string; label: string }>;
};

export type CategoryChildrenQueryVariables = Exact<{
  parent: string;
}>;

export type CategoryChildrenQuery = { ticketCategories: Array<{ code: string; name: string }> };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;

export type CreateTicketMutation = {
  createTicket: { id: string; number: string; title: string; version: number };
};

export type DuplicateSuggestionsQueryVariables = Exact<{
  input: DuplicateQueryInput;
}>;

export type DuplicateSuggestionsQuery = {
  ticketDuplicateSuggestions: Array<{
    score: number;
    ticket: { id: string; number: string; title: string; status: TicketStatus; createdAt: string };
  }>;
};

export type MergeTicketMutationVariables = Exact<{
  input: MergeTicketInput;
}>;

export type MergeTicketMutation = { mergeTicket: { id: string; parentTicketId: string | null } };

export type CallerHistoryQueryVariables = Exact<{
  phone: string;
}>;

export type CallerHistoryQuery = {
  callerHistory: {
    phone: string;
    total: number;
    open: number;
    recent: Array<{
      id: string;
      number: string;
      title: string;
      status: TicketStatus;
      createdAt: string;
    }>;
  };
};

export type SessionQueryVariables = Exact<{ [key: string]: never }>;

export type SessionQuery = {
  me: {
    username: string;
    roles: Array<string>;
    division: { code: string; name: string; level: DivisionLevel };
  };
  nodeInfo: { timeZone: string };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const IntakeOptionsDocument = new TypedDocumentString(`
    query IntakeOptions($city: String!) {
  districts: divisions(parent: $city) {
    code
    name
  }
  categories: ticketCategories {
    code
    name
  }
  enumLabels(enums: ["TicketChannel", "IntakeClass", "Urgency", "TicketStatus"]) {
    enum
    value
    label
  }
}
    `) as unknown as TypedDocumentString<IntakeOptionsQuery, IntakeOptionsQueryVariables>;
export const CategoryChildrenDocument = new TypedDocumentString(`
    query CategoryChildren($parent: String!) {
  ticketCategories(parent: $parent) {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<CategoryChildrenQuery, CategoryChildrenQueryVariables>;
export const CreateTicketDocument = new TypedDocumentString(`
    mutation CreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) {
    id
    number
    title
    version
  }
}
    `) as unknown as TypedDocumentString<CreateTicketMutation, CreateTicketMutationVariables>;
export const DuplicateSuggestionsDocument = new TypedDocumentString(`
    query DuplicateSuggestions($input: DuplicateQueryInput!) {
  ticketDuplicateSuggestions(input: $input) {
    score
    ticket {
      id
      number
      title
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<
  DuplicateSuggestionsQuery,
  DuplicateSuggestionsQueryVariables
>;
export const MergeTicketDocument = new TypedDocumentString(`
    mutation MergeTicket($input: MergeTicketInput!) {
  mergeTicket(input: $input) {
    id
    parentTicketId
  }
}
    `) as unknown as TypedDocumentString<MergeTicketMutation, MergeTicketMutationVariables>;
export const CallerHistoryDocument = new TypedDocumentString(`
    query CallerHistory($phone: String!) {
  callerHistory(phone: $phone) {
    phone
    total
    open
    recent {
      id
      number
      title
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CallerHistoryQuery, CallerHistoryQueryVariables>;
export const SessionDocument = new TypedDocumentString(`
    query Session {
  me {
    username
    roles
    division {
      code
      name
      level
    }
  }
  nodeInfo {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
