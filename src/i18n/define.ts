/**
 * Messages are grouped per feature (messages/*.ts). Each group gives English and Dutch side by
 * side; the type makes a missing Dutch key a compile error.
 */
export interface MessageGroup<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly nl: Readonly<Record<K, string>>;
}

export const defineMessages = <const E extends Readonly<Record<string, string>>>(
  en: E,
  nl: { readonly [K in keyof E]: string },
): MessageGroup<Extract<keyof E, string>> => ({ en, nl });
