/** The "what to ask a clinic" checklist for the clinic in the current tab. */
export function ChecklistTab() {
  return <p>Checklist coming soon.</p>;
}
