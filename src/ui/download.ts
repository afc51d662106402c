/**
 * Saves text as a file the browser downloads: an anchor clicked from script, which never joins a
 * view. The save panel's export, the end screen's debrief exports and the comparison page's team
 * exports all download this way.
 */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
