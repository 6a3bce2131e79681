import type { MessageGroup } from './define';
import { analysisMessages } from './messages/analysis';
import { appMessages } from './messages/app';
import { dataExportMessages } from './messages/dataExport';
import { editorMessages } from './messages/editor';
import { encodingMessages } from './messages/encoding';
import { exportMessages } from './messages/export';
import { gesturesMessages } from './messages/gestures';
import { importMessages } from './messages/import';
import { insightsMessages } from './messages/insights';
import { inspectorMessages } from './messages/inspector';
import { layoutMessages } from './messages/layout';
import { protocolMessages } from './messages/protocol';
import { tableMessages } from './messages/table';

/** Every message group of the app. Add a feature's group here (keys must be unique). */
const GROUPS = [
  appMessages,
  editorMessages,
  inspectorMessages,
  encodingMessages,
  gesturesMessages,
  layoutMessages,
  tableMessages,
  protocolMessages,
  analysisMessages,
  insightsMessages,
  exportMessages,
  importMessages,
  dataExportMessages,
] as const;

type KeysOf<G> = G extends MessageGroup<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof GROUPS)[number]>;

function merge(locale: 'en' | 'nl'): Readonly<Record<MessageKey, string>> {
  const out: Record<string, string> = {};
  for (const group of GROUPS) {
    for (const [key, text] of Object.entries(group[locale])) {
      if (key in out) throw new Error(`i18n: message key "${key}" is defined twice`);
      out[key] = text;
    }
  }
  return out as Record<MessageKey, string>;
}

export const CATALOG = { en: merge('en'), nl: merge('nl') } as const;
