// The pane's result blocks share one look: a column of lines, an indented list, and red for what needs attention.
import { makeStyles, tokens } from '@fluentui/react-components';

/** `box`: the block's column; `list`: an indented `<ul>`; `alert`: red text (bad cells, overdue units, warnings). */
export const useListStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  alert: { color: tokens.colorPaletteRedForeground1 },
});
