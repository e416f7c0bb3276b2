// Sheet tabs under the grid, like Excel's: one per visible sheet, the active one selected.
import { Tab, TabList } from '@fluentui/react-components';

export interface SheetTabsProps {
  sheets: string[];
  active: string;
  onSelect(sheet: string): void;
}

export function SheetTabs({ sheets, active, onSelect }: SheetTabsProps) {
  return (
    <TabList size="small" selectedValue={active} onTabSelect={(_, d) => onSelect(String(d.value))} aria-label="sheets">
      {sheets.map((name) => (
        <Tab key={name} value={name} data-testid={`sheet-tab-${name}`}>
          {name}
        </Tab>
      ))}
    </TabList>
  );
}
