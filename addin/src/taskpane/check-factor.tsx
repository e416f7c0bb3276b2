// The 请核实 setting: above how many times its target a figure is questioned (kept in the workbook).
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

export interface CheckFactorProps {
  lang: Lang;
  value: number;
  disabled: boolean;
  onChange(factor: number): void;
}

export function CheckFactor({ lang, value, disabled, onChange }: CheckFactorProps) {
  const [text, setText] = useState(String(value));
  const commit = () => {
    const factor = Number(text);
    if (Number.isFinite(factor) && factor >= 1 && factor !== value) onChange(factor);
    else setText(String(value));
  };
  return (
    <Field label={t(lang, 'checkFactor')} hint={t(lang, 'checkFactorHint')} orientation="horizontal">
      <Input
        data-testid="check-factor"
        type="number"
        min={1}
        step={0.5}
        value={text}
        disabled={disabled}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </Field>
  );
}
