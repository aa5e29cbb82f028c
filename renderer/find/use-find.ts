import type { Editor } from '@tiptap/core';
import { isHistoryTransaction, undoDepth } from '@tiptap/pm/history';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { search, SearchQuery, setSearchState } from 'prosemirror-search';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BriefContent } from '../../shared/model/brief';
import { collectMatches, type FindMatch, type FindResults } from '../../shared/find/find-matches';
import { buildQuery, type FindOptions, regexpFlags } from '../../shared/find/find-query';
import { planReplace } from '../../shared/find/find-replace';
import { HEADER_FIELDS, headerFieldText, headerPatch, type HeaderTexts } from '../../shared/find/header-fields';
import { fieldElement, markFields } from './field-elements';
import { probeRegex } from './regex-probe';
import { replaceSummary } from './replace-summary';

export type FindMode = 'closed' | 'find' | 'replace';

type Header = Pick<BriefContent, 'headline' | 'standfirst' | 'byline' | 'hero'>;

/** Where navigation stands: the current match is the first at or after it. */
interface Anchor {
  order: number;
  from: number;
}

interface ReplaceAllRecord {
  /** The body's undo depth right after the replace (null: only header fields changed). */
  depth: number | null;
  before: HeaderTexts;
  after: HeaderTexts;
}

const NO_QUERY = new SearchQuery({ search: '' });
const EMPTY_MESSAGE = 'This pattern also matches empty text — make it match at least one character.';
const SLOW_MESSAGE = 'Pattern too slow: it would take too long on this brief. Simplify it (avoid nested repeats like (a+)+).';

function isAtOrAfter(match: FindMatch, anchor: Anchor): boolean {
  return match.order > anchor.order || (match.order === anchor.order && match.from >= anchor.from);
}

/** The header fields' texts. */
function headerTexts(content: Header): HeaderTexts {
  return Object.fromEntries(HEADER_FIELDS.map((field) => [field, headerFieldText(content, field)]));
}

export interface FindController {
  mode: FindMode;
  options: FindOptions;
  setOptions: (patch: Partial<FindOptions>) => void;
  results: FindResults | null;
  current: number;
  /** An invalid, empty-matching or too slow pattern. */
  problem: string | null;
  /** What the last replace did, or why it could not. */
  notice: string | null;
  open: (mode: Exclude<FindMode, 'closed'>) => void;
  close: () => void;
  step: (direction: 1 | -1) => void;
  replaceCurrent: () => void;
  replaceAll: () => void;
  /** Undoes the last Replace all (body and header fields); false when there is none to undo. */
  undoReplaceAll: () => boolean;
}

/**
 * Find & replace in the open brief: the header fields, the body (with
 * prosemirror-search highlighting every match) and the Editor's Desk fields.
 */
export function useFind(editor: Editor | null, content: Header, onChange: (patch: Partial<BriefContent>) => void): FindController {
  const [mode, setMode] = useState<FindMode>('closed');
  const [options, setOptionsState] = useState<FindOptions>({
    search: '',
    replace: '',
    caseSensitive: false,
    wholeWord: false,
    regexp: false,
  });
  const [results, setResults] = useState<FindResults | null>(null);
  const [current, setCurrent] = useState(-1);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [bodyVersion, setBodyVersion] = useState(0);
  const anchor = useRef<Anchor>({ order: -Infinity, from: 0 });
  const contentRef = useRef(content);
  contentRef.current = content;
  const lastReplaceAll = useRef<ReplaceAllRecord | null>(null);
  const built = useMemo(() => buildQuery(options), [options]);
  const open = mode !== 'closed';

  const setOptions = useCallback((patch: Partial<FindOptions>) => {
    setOptionsState((previous) => ({ ...previous, ...patch }));
    setNotice(null);
  }, []);

  // The body's changes while the bar is open are searched again, a moment after typing stops.
  useEffect(() => {
    if (!editor || !open) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => setBodyVersion((version) => version + 1), 150);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor, open]);

  // The highlighting plugin is there only while the bar is open: typing costs nothing more otherwise.
  useEffect(() => {
    if (!editor || !open) return;
    editor.registerPlugin(search());
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin('search');
    };
  }, [editor, open]);

  const header = useMemo(() => headerTexts(content), [content]);

  useEffect(() => {
    if (!editor || !open) return;
    let cancelled = false;
    const run = async (): Promise<void> => {
      if (!built.ok) {
        setResults(null);
        setProblem(built.error);
        return;
      }
      if (options.regexp) {
        const texts: string[] = Object.values(header);
        editor.state.doc.descendants((node) => {
          if (node.isTextblock) texts.push(node.textContent);
          if (node.type.name === 'editorsDesk') texts.push(...Object.values(node.attrs).filter((value) => typeof value === 'string'));
          return !node.isTextblock;
        });
        const verdict = await probeRegex(options.search, regexpFlags(options.caseSensitive), texts);
        if (cancelled || verdict === 'superseded') return;
        if (verdict === 'slow') {
          setResults(null);
          setProblem(SLOW_MESSAGE);
          return;
        }
      }
      const found = collectMatches(built.query, contentRef.current, editor.state);
      if (found.emptyMatch) {
        setResults(null);
        setProblem(EMPTY_MESSAGE);
        return;
      }
      setProblem(null);
      setResults(found);
      const next = found.matches.findIndex((match) => isAtOrAfter(match, anchor.current));
      setCurrent(found.matches.length === 0 ? -1 : Math.max(next, 0));
    };
    void run();
    return () => {
      cancelled = true;
    };
  }, [editor, open, built, options.regexp, options.search, options.caseSensitive, header, bodyVersion]);

  const usable = problem === null && built.ok ? built.query : NO_QUERY;
  const currentMatch = results?.matches[current] ?? null;

  // Show the matches: every one highlighted in the body, the current one selected (and so distinct) and in view.
  useEffect(() => {
    if (!editor || !open || editor.isDestroyed) return;
    const tr = setSearchState(editor.state.tr, usable);
    if (currentMatch?.place.kind === 'body' && currentMatch.to <= tr.doc.content.size) {
      tr.setSelection(TextSelection.create(tr.doc, currentMatch.from, currentMatch.to));
    }
    editor.view.dispatch(tr.setMeta('addToHistory', false));
    // ProseMirror scrolls to its selection only while it has focus; the find box has it.
    if (currentMatch?.place.kind === 'body') {
      editor.view.dom.querySelector('.ProseMirror-active-search-match')?.scrollIntoView({ block: 'center', behavior: 'instant' });
    }
    return markFields(editor, results?.matches ?? [], currentMatch);
  }, [editor, open, usable, results, currentMatch]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const count = results?.matches.length ?? 0;
      if (count === 0) return;
      const index = (((current + direction) % count) + count) % count;
      const match = results?.matches[index];
      if (match) anchor.current = { order: match.order, from: match.from };
      setCurrent(index);
      setNotice(null);
    },
    [results, current],
  );

  const apply = useCallback(
    (which: readonly number[]) => {
      if (!editor || !results || !built.ok) return null;
      const plan = planReplace(built.query, results, editor.state, which);
      const before = headerTexts(contentRef.current);
      if (plan.tr) editor.view.dispatch(plan.tr);
      if (Object.keys(plan.header).length > 0) onChange(headerPatch(contentRef.current, plan.header));
      return { plan, before };
    },
    [editor, results, built, onChange],
  );

  const replaceCurrent = useCallback(() => {
    const match = currentMatch;
    // A synced desk's text changes only through "Edit original" or "Detach" (the bar says so).
    if (!match || match.synced) return;
    const done = apply([current]);
    if (!done) return;
    const after = match.place.kind === 'body' && done.plan.tr ? done.plan.tr.mapping.map(match.to) : match.to;
    anchor.current = { order: match.place.kind === 'body' ? after : match.order, from: after };
    setNotice(done.plan.replaced === 0 ? replaceSummary(done.plan) : null);
  }, [apply, current, currentMatch]);

  const replaceAll = useCallback(() => {
    if (!results || results.matches.length === 0) return;
    const done = apply(results.matches.map((_, index) => index));
    if (!done) return;
    const changed = Object.keys(done.plan.header).filter((field): field is keyof HeaderTexts => field in done.before);
    lastReplaceAll.current = {
      depth: done.plan.tr && editor ? undoDepth(editor.state) : null,
      before: Object.fromEntries(changed.map((field) => [field, done.before[field]])),
      after: done.plan.header,
    };
    setNotice(replaceSummary(done.plan));
  }, [apply, results, editor]);

  const restoreHeader = useCallback(
    (record: ReplaceAllRecord, direction: 'undo' | 'redo') => {
      const [from, to] = direction === 'undo' ? [record.after, record.before] : [record.before, record.after];
      const texts = headerTexts(contentRef.current);
      const patch: HeaderTexts = {};
      for (const field of HEADER_FIELDS) {
        const target = to[field];
        // A field changed by hand since is left as it is.
        if (target !== undefined && texts[field] === from[field]) patch[field] = target;
      }
      if (Object.keys(patch).length > 0) onChange(headerPatch(contentRef.current, patch));
    },
    [onChange],
  );

  // Undo (or redo) in the body of a Replace all's step takes the header fields back (or forward) with it.
  useEffect(() => {
    if (!editor) return;
    let depth = undoDepth(editor.state);
    const onTransaction = ({ transaction }: { transaction: Transaction }): void => {
      const previous = depth;
      depth = undoDepth(editor.state);
      const record = lastReplaceAll.current;
      if (!record || record.depth === null || !isHistoryTransaction(transaction)) return;
      if (previous === record.depth && depth === record.depth - 1) restoreHeader(record, 'undo');
      else if (previous === record.depth - 1 && depth === record.depth) restoreHeader(record, 'redo');
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
    };
  }, [editor, restoreHeader]);

  const undoReplaceAll = useCallback((): boolean => {
    const record = lastReplaceAll.current;
    if (!editor || !record) return false;
    if (record.depth !== null) {
      if (undoDepth(editor.state) !== record.depth) return false;
      editor.commands.undo();
    } else {
      restoreHeader(record, 'undo');
    }
    lastReplaceAll.current = null;
    setNotice('Replace all undone.');
    return true;
  }, [editor, restoreHeader]);

  const openBar = useCallback(
    (next: Exclude<FindMode, 'closed'>) => {
      if (editor && !editor.isDestroyed) {
        const { from, to, empty } = editor.state.selection;
        anchor.current = { order: from, from };
        const selected = empty ? '' : editor.state.doc.textBetween(from, to, ' ');
        if (selected !== '' && selected.length <= 200 && !selected.includes('\n') && editor.isFocused) setOptions({ search: selected });
      }
      setMode(next);
    },
    [editor, setOptions],
  );

  const close = useCallback(() => {
    setMode('closed');
    setNotice(null);
    if (!editor || editor.isDestroyed) return;
    const match = currentMatch;
    editor.view.dispatch(setSearchState(editor.state.tr, NO_QUERY).setMeta('addToHistory', false));
    if (match && match.place.kind !== 'body') {
      const element = fieldElement(editor, match.place);
      if (element) {
        element.focus();
        element.setSelectionRange(match.from, match.to);
        return;
      }
    }
    editor.commands.focus();
  }, [editor, currentMatch]);

  return {
    mode,
    options,
    setOptions,
    results,
    current,
    problem,
    notice,
    open: openBar,
    close,
    step,
    replaceCurrent,
    replaceAll,
    undoReplaceAll,
  };
}
