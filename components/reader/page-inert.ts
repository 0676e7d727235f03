// What showModal() does to the rest of the page, done by hand so that it can come after the
// panel is painted: on the essay's 1,600-button page, showModal()'s inert recalculation took
// 7.5 ms before the panel's frame here, and as the next frame it came before the task that
// follows a frame (decision 023, "The panel painted before the page is made inert").

/** Marks every child of <body> but `keep` inert, brings the styles up to date at once (so that
 * no frame has to), and returns what undoes it. */
export function inertExcept(keep: Element): () => void {
  const marked: HTMLElement[] = [];
  for (const child of Array.from(document.body.children)) {
    if (child === keep || !(child instanceof HTMLElement) || child.inert) continue;
    child.inert = true;
    marked.push(child);
  }
  // the style recalculation here, in this background task, not in the next frame
  void document.body.offsetWidth;
  return () => {
    for (const el of marked) el.inert = false;
  };
}

/** Focusable elements inside `root`, in tab order (what a Tab press cycles through). */
export function focusables(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')).filter(
    (el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
}

type PostTask = (task: () => void, options: { priority: 'background' }) => Promise<void>;

/** Runs `task` after the work the browser has queued (the tasks that follow a frame among it),
 * as background work where the browser has it. Call it from a requestAnimationFrame callback. */
export function afterPaint(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'background' });
  else setTimeout(task, 0);
}
