/**
 * A machine's terms in English, kept beside its Chinese ones: `states` by state name (as the
 * machine's `states` table), `actions` by the Chinese term of the row (`move`'s label), so an
 * action whose rows say it two ways (当场决定, 决定) reads as exactly in English. A console
 * shows the Chinese by default and these to a client that asks for English; a test fails
 * when a state or a row's term has no English.
 */
export interface MachineEnglish {
  readonly states: Readonly<Record<string, string>>;
  readonly actions: Readonly<Record<string, string>>;
}
