import { useEffect, type RefObject } from 'react';

/** Names for CodeMirror's hidden input textareas, by the editor they belong to. */
function editorLabel(textarea: HTMLTextAreaElement): string {
  if (textarea.closest('.graphiql-query-editor') !== null) return 'GraphQL operation';
  if (textarea.closest('.result-window, .graphiql-response') !== null) return 'Response';
  const editor = textarea.closest('.graphiql-editor');
  const tool = editor?.parentElement ?? null;
  if (editor !== null && tool !== null) {
    const index = Array.from(tool.querySelectorAll(':scope > .graphiql-editor')).indexOf(editor);
    return index === 1 ? 'Request headers (JSON)' : 'Variables (JSON)';
  }
  return 'Editor';
}

function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

/**
 * Repairs what axe-core finds in GraphiQL 4's markup, in place (the attributes only; GraphiQL
 * styles by class): unlabelled CodeMirror inputs, scroll areas keyboard users cannot reach,
 * and tabs holding buttons (a `tab` must not contain other controls) — its tab strip becomes a
 * list of buttons, the open one marked `aria-current`.
 */
export function patchGraphiqlAccessibility(root: HTMLElement): void {
  for (const textarea of root.querySelectorAll('textarea')) {
    if (!textarea.hasAttribute('aria-label'))
      setAttribute(textarea, 'aria-label', editorLabel(textarea));
  }
  for (const scroll of root.querySelectorAll('.CodeMirror-scroll')) {
    setAttribute(scroll, 'tabindex', '0');
    const textarea = scroll.parentElement?.querySelector('textarea');
    setAttribute(
      scroll,
      'aria-label',
      `${textarea ? editorLabel(textarea) : 'Editor'}, scrollable`,
    );
    setAttribute(scroll, 'role', 'region');
  }
  for (const list of root.querySelectorAll('[role="tablist"]')) {
    // A plain list (GraphiQL renders it as <ul>) of tab buttons.
    setAttribute(list, 'role', null);
    setAttribute(list, 'aria-label', 'Operation tabs');
  }
  for (const tab of root.querySelectorAll('.graphiql-tab')) {
    const active =
      tab.getAttribute('aria-selected') === 'true' || tab.classList.contains('graphiql-tab-active');
    setAttribute(tab, 'role', null);
    setAttribute(tab, 'aria-selected', null);
    const button = tab.querySelector('.graphiql-tab-button');
    if (button !== null) setAttribute(button, 'aria-current', active ? 'true' : null);
  }
}

/** Keeps patching while GraphiQL renders (editors mount late; tabs re-render on switch). */
export function useGraphiqlAccessibility(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (root === null) return;
    let scheduled = false;
    const patch = () => {
      scheduled = false;
      patchGraphiqlAccessibility(root);
    };
    patch();
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(patch);
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['role', 'aria-selected', 'class'],
    });
    return () => {
      observer.disconnect();
    };
  }, [ref]);
}
