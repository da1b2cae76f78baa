import { Checklist } from '../checklist/Checklist.tsx';

/** The "what to ask a clinic" checklist for the clinic in the current tab (components/checklist). */
export function ChecklistTab() {
  return <Checklist />;
}
