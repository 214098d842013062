import { graphql } from '../../generated/gql';

/** One file attached to a record of any kind (the record moves to its next version). */
export const AttachToRecord = graphql(`
  mutation AttachToRecord($recordId: ID!, $file: File!, $purpose: AttachmentPurpose!) {
    attachToRecord(recordId: $recordId, file: $file, purpose: $purpose) {
      id
    }
  }
`);
