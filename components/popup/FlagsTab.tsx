/** The reviewer's flags on the current page. */
export function FlagsTab() {
  return <p>No flags yet.</p>;
}
