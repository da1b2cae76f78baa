/** The page's findings, by category, with pause and off controls. */
export function FindingsTab() {
  return <p>No findings yet.</p>;
}
