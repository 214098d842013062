/** The API enums every supervision screen labels its orders with (useEnumLabels). */
export const SUPERVISION_ENUMS = [
  'SupervisionLevel',
  'SupervisionState',
  'SupervisionAction',
  'SupervisedRecordKind',
] as const;
