/**
 * Keeps an open request page current. The portal relays the request's server-sent events; on each
 * `changed` event the page fetches itself again and swaps in its live parts (elements with
 * `data-live-part` and an id), leaving alone any part the user is busy with, and says what changed
 * in a polite live region. Reconnecting after a dropped connection is EventSource's own job.
 */
const announcer = document.getElementById('live-announcer');
const eventsUrl = announcer?.dataset.eventsUrl;

/** Someone is using this part: focus is inside it, a disclosure is open, or a field differs from how it loaded. */
const inUse = (part: Element) =>
  part.contains(document.activeElement) ||
  part.querySelector('details[open]') !== null ||
  [...part.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')].some((field) => {
    if (field instanceof HTMLSelectElement) return [...field.options].some((option) => option.selected !== option.defaultSelected);
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) return field.checked !== field.defaultChecked;
    return field.value !== field.defaultValue;
  });

const statusOf = (root: ParentNode) => root.querySelector('#request-facts .badge')?.textContent?.trim() ?? '';
const messageCount = (root: ParentNode) => root.querySelectorAll('#request-messages .message').length;
const visitOf = (root: ParentNode) => root.querySelector('#request-visit .visit-line')?.textContent?.trim() ?? '';
const proposalOf = (root: ParentNode) => root.querySelector('#request-visit .proposal time')?.textContent?.trim() ?? '';

interface Snapshot {
  status: string;
  messages: number;
  visit: string;
  booked: boolean;
  proposal: string;
}
const snapshot = (root: ParentNode): Snapshot => ({ status: statusOf(root), messages: messageCount(root), visit: visitOf(root), booked: root.querySelector('#request-visit .visit-line[data-booked]') !== null, proposal: proposalOf(root) });

/** What a screen reader user hears, e.g. "This request was updated: status is now In progress." */
function describeChange(before: Snapshot, after: Snapshot) {
  const changes: string[] = [];
  if (after.status && after.status !== before.status) changes.push(`status is now ${after.status}`);
  if (after.messages > before.messages) changes.push('there is a new message');
  if (after.visit && after.visit !== before.visit) changes.push(after.booked ? 'a visit is booked' : 'a contractor will arrange a visit');
  if (after.proposal && after.proposal !== before.proposal) changes.push(`the contractor proposes ${after.proposal}`);
  return changes.length > 0 ? `This request was updated: ${changes.join(', and ')}.` : 'This request was updated.';
}

function announce(message: string) {
  if (!announcer) return;
  // Emptied first, so the same words twice in a row are still read out.
  announcer.textContent = '';
  requestAnimationFrame(() => (announcer.textContent = message));
}

async function refresh() {
  const response = await fetch(window.location.pathname, { headers: { accept: 'text/html' }, credentials: 'same-origin' });
  if (!response.ok) return;
  const next = new DOMParser().parseFromString(await response.text(), 'text/html');
  const before = snapshot(document);
  let swapped = false;
  for (const part of document.querySelectorAll('[data-live-part]')) {
    const fresh = next.getElementById(part.id);
    if (!fresh || fresh.innerHTML === part.innerHTML || inUse(part)) continue;
    part.replaceWith(document.adoptNode(fresh));
    swapped = true;
  }
  if (swapped) announce(describeChange(before, snapshot(document)));
}

// One refresh at a time; changes that arrive meanwhile are folded into one more.
let running: Promise<void> | null = null;
let again = false;
function queueRefresh() {
  if (running) {
    again = true;
    return;
  }
  running = refresh()
    .catch(() => undefined)
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        queueRefresh();
      }
    });
}

if (eventsUrl && 'EventSource' in window) {
  const events = new EventSource(eventsUrl);
  let opened = false;
  events.addEventListener('changed', queueRefresh);
  // The request stopped being shared with this user: nothing more will come.
  events.addEventListener('gone', () => {
    events.close();
    announce('This request is no longer shared with you.');
  });
  // After a reconnect, whatever changed while the connection was down has not been announced.
  events.addEventListener('open', () => {
    if (opened) queueRefresh();
    opened = true;
  });
}
