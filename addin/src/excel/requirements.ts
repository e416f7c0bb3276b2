// What the add-in leaves out on an Office build that lacks a requirement set, said so the person knows which build
// lacks what (brief: Office 2019 stops at ExcelApi 1.7). The manifest requires ExcelApi 1.7 itself.
import type { Lang } from '../i18n/lang';
import type { ExcelHost } from './types';

/** A feature left out, with the requirement set it needs and the build that lacks it. */
export interface Degraded {
  set: string;
  feature: string;
  build: string;
}

const OPTIONAL: { version: string; feature: Record<Lang, string> }[] = [
  {
    version: '1.8',
    feature: {
      zh: '数据验证（完成值的数字检查、状态的下拉列表）',
      en: 'data validation (figure checks, the status list)',
    },
  },
];

/** The optional features this host cannot have. */
export function degradedFeatures(host: ExcelHost, lang: Lang): Degraded[] {
  const build = host.build?.() ?? 'Office';
  return OPTIONAL.filter((o) => !host.supports(o.version)).map((o) => ({
    set: `ExcelApi ${o.version}`,
    feature: o.feature[lang],
    build,
  }));
}
