import { createContext, useContext } from 'react';
import { translate, type Locale, type MessageKey, type MessageParams } from '../i18n';

export interface I18n {
  readonly locale: Locale;
  readonly t: (key: MessageKey, params?: MessageParams) => string;
}

export const makeI18n = (locale: Locale): I18n => ({
  locale,
  t: (key, params) => translate(locale, key, params),
});

export const I18nContext = createContext<I18n>(makeI18n('en'));

export const useI18n = (): I18n => useContext(I18nContext);
