import { Input } from '@mantine/core';
import { type Ref, useEffect, useId, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { insertBlock, insertField, type SourceEdit } from '../../../../domain/letters';
import { chipsMatch, placeCaret, readSource, selectionOffsets, showSource } from './editorDom';
import classes from './TemplateTextEditor.module.css';

/** What the insertion menus do to the editor last used. */
export interface TemplateEditorHandle {
  insertField: (name: string, lineOnly: boolean) => void;
  insertBlock: (name: string, inverted: boolean) => void;
  singleLine: boolean;
}

export interface TemplateTextEditorProps {
  label: string;
  description?: string;
  /** The template's Mustache source. */
  value: string;
  onChange: (source: string) => void;
  /** One line (the subject): Enter does nothing, pasted line breaks become spaces. */
  singleLine?: boolean;
  handleRef?: Ref<TemplateEditorHandle>;
  /** Told when the editor gets the focus (the menus then insert into it). */
  onFocus?: () => void;
  'data-testid'?: string;
}

const flat = (text: string) => text.replace(/\r?\n/g, ' ');

/**
 * A template's text, with its placeholders and the start and end of its conditional blocks shown
 * as named chips (« Nom du débiteur », « Si des relances ont été envoyées »… « Fin du bloc »).
 * What the user types is text; what is read back is the exact Mustache source (editorDom.ts), so
 * the form and the « Avancé » view are two views of one string.
 */
export function TemplateTextEditor({
  label,
  description,
  value,
  onChange,
  singleLine = false,
  handleRef,
  onFocus,
  'data-testid': testId,
}: TemplateTextEditorProps) {
  const ref = useRef<HTMLDivElement>(null);
  /** The source on screen: a new `value` that differs from it is shown again. */
  const shown = useRef<string | null>(null);
  /** The last selection in the editor, kept while a menu has the focus. */
  const range = useRef({ start: value.length, end: value.length });
  const labelId = useId();
  const descriptionId = useId();

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || shown.current === value) return;
    const focused = root.ownerDocument.activeElement === root;
    const caret = focused ? selectionOffsets(root) : null;
    showSource(root, value);
    shown.current = value;
    range.current = { start: value.length, end: value.length };
    if (caret) placeCaret(root, Math.min(caret.end, value.length));
  }, [value]);

  // Where the caret is, so that a menu inserts there after taking the focus.
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const document = root.ownerDocument;
    const onSelection = () => {
      if (document.activeElement !== root) return;
      const offsets = selectionOffsets(root);
      if (offsets) range.current = offsets;
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);

  const read = () => {
    const root = ref.current;
    if (!root) return;
    const caret = selectionOffsets(root);
    const result = readSource(root);
    let source = result.source;
    if (singleLine && source.includes('\n')) source = flat(source);
    // Typing may make or break a tag (« {{total.du}} » typed, a brace before a chip): show the
    // source again so chips and tags stay one to one, the caret where it was.
    if (source !== result.source || !chipsMatch(source, result.chips)) {
      showSource(root, source);
      if (caret) placeCaret(root, Math.min(caret.end, source.length));
    }
    shown.current = source;
    if (caret) range.current = caret;
    if (source !== value) onChange(source);
  };

  const apply = (edit: SourceEdit) => {
    const root = ref.current;
    if (!root) return;
    const source = singleLine ? flat(edit.source) : edit.source;
    showSource(root, source);
    shown.current = source;
    onChange(source);
    root.focus();
    placeCaret(root, edit.caret);
    range.current = { start: edit.caret, end: edit.caret };
  };

  useImperativeHandle(handleRef, () => ({
    singleLine,
    insertField: (name, lineOnly) => {
      const current = shown.current ?? value;
      const { start, end } = range.current;
      apply(insertField(current, start, end, name, lineOnly && !singleLine));
    },
    insertBlock: (name, inverted) => {
      const current = shown.current ?? value;
      const { start, end } = range.current;
      apply(insertBlock(current, start, end, name, inverted));
    },
  }));

  return (
    <Input.Wrapper
      label={label}
      labelProps={{ id: labelId, component: 'span' }}
      description={description}
      descriptionProps={{ id: descriptionId }}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: a rich text box has no native element */}
      <div
        ref={ref}
        role="textbox"
        tabIndex={0}
        contentEditable
        suppressContentEditableWarning
        spellCheck
        lang="fr"
        aria-multiline={!singleLine}
        aria-labelledby={labelId}
        aria-describedby={description ? descriptionId : undefined}
        data-testid={testId}
        className={`${classes.editor} ${singleLine ? classes.singleLine : ''}`}
        onInput={read}
        onFocus={onFocus}
        onBlur={() => {
          // The selection's last `selectionchange` may not have arrived when the focus leaves
          // (Shift+Home then Shift+Tab at once, and it is ignored once the editor has lost the
          // focus): a menu wraps or inserts at the selection the editor had when left.
          const root = ref.current;
          const offsets = root ? selectionOffsets(root) : null;
          if (offsets) range.current = offsets;
        }}
        onKeyDown={(event) => {
          if (singleLine && event.key === 'Enter') event.preventDefault();
        }}
        onCopy={(event) => copy(event, false)}
        onCut={(event) => copy(event, true)}
        onPaste={(event) => {
          // Plain text only (a paste of styled text would bring its markup along).
          event.preventDefault();
          const text = event.clipboardData.getData('text/plain');
          const pasted = singleLine ? flat(text) : text;
          event.currentTarget.ownerDocument.execCommand('insertText', false, pasted);
        }}
      />
    </Input.Wrapper>
  );

  /** Copies the source of the selection, so that chips pasted back are the same tags. */
  function copy(event: React.ClipboardEvent<HTMLDivElement>, cut: boolean) {
    const root = ref.current;
    const offsets = root ? selectionOffsets(root) : null;
    if (!root || !offsets || offsets.start === offsets.end) return;
    event.preventDefault();
    const source = shown.current ?? value;
    event.clipboardData.setData('text/plain', source.slice(offsets.start, offsets.end));
    if (cut) {
      apply({
        source: source.slice(0, offsets.start) + source.slice(offsets.end),
        caret: offsets.start,
      });
    }
  }
}
