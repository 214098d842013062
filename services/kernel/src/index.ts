export { NODE_SYNC_ROLE, hasRole } from './auth/principal.js';
export type { Principal } from './auth/principal.js';
export { createTokenVerifier } from './auth/token-verifier.js';
export type { TokenVerifier } from './auth/token-verifier.js';
export { DEMO_FEDERATION } from './divisions/demo-federation.js';
export type { DemoNode } from './divisions/demo-federation.js';
export { divisionLabel, divisionRef } from './divisions/division-ref.js';
export type { DivisionRef } from './divisions/division-ref.js';
export { divisionPattern, requestedScope } from './divisions/division-scope.js';
export {
  chosenIndicatorHolder,
  indicatorDivisionProblem,
  indicatorHolders,
  indicatorRecordHolders,
  indicatorRecordNodesFor,
  recordDivisionProblem,
} from './divisions/indicator-holders.js';
export type { IndicatorHolder, IndicatorQuery } from './divisions/indicator-holders.js';
export { owningCityFor } from './divisions/owning-city.js';
export { recordFieldOfInput } from './divisions/record-input-field.js';
export { newRecordId, ownerDivisionOfId, recordOwnerOf } from './divisions/record-id.js';
export { readRecordNumber, recordOwnerOfNumber } from './divisions/record-number.js';
export {
  ConfigError,
  TIER_ENUM,
  divisionCode,
  logLevel,
  parseEnvironment,
  port,
  tierName,
} from './environment.js';
export type { TierName } from './environment.js';
export { ERROR_CATALOG, LIMIT_CATALOG } from './error-catalog.js';
export type { ErrorCatalogEntry, ErrorExample, LimitEntry } from './error-catalog.js';
export { renderErrorsDoc } from './errors-doc.js';
export {
  ERROR_CODES,
  badUserInput,
  clientError,
  errorCodeOf,
  forbidden,
  httpStatusOf,
  nodeUnavailable,
  notFound,
  notOwner,
  serviceUnavailable,
} from './errors.js';
export {
  SUPPORTED_YEARS,
  SUPPORTED_YEARS_TEXT,
  isSupportedYear,
  parseInputInstant,
} from './input-instant.js';
export { InputProblems } from './input-problems.js';
export { createLogger } from './logger.js';
export type { Logger } from './logger.js';
export { runService } from './main/run-service.js';
export {
  MAX_PAGE_SIZE,
  checkPageSize,
  compareCursorKeys,
  decodeCursor,
  encodeCursor,
  listSort,
} from './paging/cursor.js';
export type { CursorKey, ListSort, SortDirection } from './paging/cursor.js';
export { renderPermissionsDoc } from './permissions/permissions-doc.js';
export {
  accessFor,
  authorize,
  authorizeAny,
  isAllowed,
  operationNames,
  policy,
} from './permissions/policy.js';
export type { Access, Grant, Operation, Scope } from './permissions/policy.js';
export { rateLimitedWarn } from './rate-limited-warn.js';
export { graphqlServerOptions } from './server/graphql-server-options.js';
export { httpErrorResponse } from './server/http-error-response.js';
export {
  acceptsGraphQLResponse,
  protocolRefusalBody,
  protocolRefusalOf,
} from './server/http-protocol.js';
export type { ProtocolRefusal, ProtocolRequest } from './server/http-protocol.js';
export {
  GATEWAY_QUERY_LIMITS,
  NODE_QUERY_LIMITS,
  limitedParse,
  queryLimitRules,
  queryLimitsEnvironmentShape,
  queryLimitsOf,
  validateWithLimits,
} from './server/query-limits.js';
export type { QueryLimits, QueryLimitsEnvironment } from './server/query-limits.js';
export { listen } from './server/listen.js';
export type { HttpHandler, ListeningServer } from './server/listen.js';
export { UNEXPECTED_ERROR_ZH } from './server/logging-mask-error.js';
export type { KnownFailures } from './server/logging-mask-error.js';
export {
  REPORT_CONTENT_TYPES,
  REPORT_PATH_PREFIX,
  parseReportFilePath,
  reportContentDisposition,
  reportFilePath,
} from './server/report-files.js';
export { requestIdFrom, requestIdOf, useRequestId } from './server/request-id.js';
export { LANGUAGES, aboutField, joinBilingual, untranslated } from './language/bilingual.js';
export type { Bilingual, Language } from './language/bilingual.js';
export {
  chineseWordingOf,
  errorInLanguage,
  sameWording,
  withChinese,
} from './language/error-language.js';
export type { ChineseWording, FieldProblem } from './language/error-language.js';
export { CONTENT_LANGUAGE, languageOf } from './language/request-language.js';
