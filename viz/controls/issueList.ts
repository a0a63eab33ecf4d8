// Shows a scenario's problems in the page, each as the CLI prints it: file:line:column: path: message.
import { formatIssue, type ScenarioIssue } from '../../sim/scenario/errors.js';

/** Fills `box` with one list item per issue (or the message when there are none), and reveals it; [] hides it. */
export function showIssues(box: HTMLElement, issues: readonly ScenarioIssue[], message = ''): void {
  const doc = box.ownerDocument;
  box.hidden = issues.length === 0 && message === '';
  const heading = doc.createElement('strong');
  heading.textContent = issues.length > 0 ? `The scenario has ${issues.length} problem${issues.length === 1 ? '' : 's'}:` : message;
  const list = doc.createElement('ul');
  for (const issue of issues) {
    const item = doc.createElement('li');
    const code = doc.createElement('code');
    code.textContent = formatIssue(issue);
    item.append(code);
    list.append(item);
  }
  box.replaceChildren(heading, ...(issues.length > 0 ? [list] : []));
}
