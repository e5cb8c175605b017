import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Diagnostic, OpenProject } from '../../../shared/models';
import { scanCitations } from '../../../core/citations';
import { getClient } from '../../api';
import { useDialogs } from '../../app/dialogs';
import { Group, Panel, Separator } from 'react-resizable-panels';
import type { PanelImperativeHandle } from 'react-resizable-panels';
import { useToasts } from '../../app/toasts';
import { recordFirstLoad } from '../../lib/metrics';
import { togglePanel, useRememberedLayout } from '../../lib/panel-layout';
import { useT } from '../../i18n/I18nProvider';
import { BodyEditor } from './editor/BodyEditor';
import type { monaco } from './editor/monaco';
import { useCitationHighlight } from './editor/use-citation-highlight';
import { AgreementPanel } from './header/AgreementPanel';
import { SaveConflictBar } from './header/SaveConflictBar';
import { SectionHeader } from './header/SectionHeader';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { PreviewPane } from './preview/PreviewPane';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { ReferencesPanel } from './references/ReferencesPanel';
import type { RefEditing } from './references/ReferencesPanel';
import { docs } from './session/doc-registry';
import type { SectionDoc } from './session/section-doc';
import { useDocVersion } from './session/use-doc';
import { useDeletedText } from './session/use-deleted-text';
import './editor/editor-stats';
import { visibleRows } from './tree/build-tree';
import { SectionTree } from './tree/SectionTree';
import { useTree } from './tree/use-tree';
import { useSectionActions } from './use-section-actions';
import { useProblemAnnouncements } from '../../app/use-announcements';
import { useCommandHandlers } from '../../app/command-center';
import { focusBodyEditor } from './editor/editor-focus';
import { TabFocusToggle } from './editor/TabFocusToggle';
import './workbench.css';

interface WorkbenchProps {
  project: OpenProject;
  selectedId: string | null;
  onSelect(id: string | null): void;
  onDocChange(doc: SectionDoc | null): void;
  focusFilterSignal: number;
  hidden: boolean;
}

type BottomTab = 'problems' | 'references' | 'evidence';
const BOTTOM_TABS: readonly BottomTab[] = ['problems', 'references', 'evidence'];

const FORM_ROOM_PX = 340;
const TREE_SIZE = '19%';
const PREVIEW_SIZE = '29%';
const BOTTOM_SIZE = '18%';

export function Workbench({ project, selectedId, onSelect, onDocChange, focusFilterSignal, hidden }: WorkbenchProps) {
  const toasts = useToasts();
  const { sections } = useTree(project.path);
  // The doc of the selected section once it has loaded; until then the previous one stays shown.
  const [opened, setOpened] = useState<SectionDoc | null>(null);
  const doc = selectedId ? opened : null;
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const [tab, setTab] = useState<BottomTab>('problems');
  const [selectedRef, setSelectedRef] = useState<number | null>(null);
  const [reveal, setReveal] = useState(0);
  const [editing, setEditing] = useState<RefEditing>(null);
  const columns = useRememberedLayout('workbench-columns');
  // A reference form needs room: opening one grows a small bottom panel (the person can shrink it again).
  const bottomPanel = useRef<PanelImperativeHandle | null>(null);
  const treePanel = useRef<PanelImperativeHandle | null>(null);
  const previewPanel = useRef<PanelImperativeHandle | null>(null);
  useEffect(() => {
    const panel = bottomPanel.current;
    if (!editing || !panel) return;
    if (panel.isCollapsed()) panel.expand();
    // After this render has settled: resizing from inside the commit left the panel group broken.
    if (panel.getSize().inPixels < FORM_ROOM_PX) requestAnimationFrame(() => panel.resize(FORM_ROOM_PX));
  }, [editing]);
  const rows = useRememberedLayout('workbench-editor-rows');

  // View > tree, bottom panel, preview: collapsed and expanded by command (Ctrl+B, Ctrl+J,
  // Ctrl+Alt+B), remembered with the layout. A panel that takes the focus with it when it
  // collapses hands it to the editor; a collapsed panel's content is inert (no Tab stop in
  // a panel nobody sees).
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const followCollapse = useCallback((panel: PanelImperativeHandle | null, id: string) => {
    const now = panel?.isCollapsed() ?? false;
    setCollapsed((set) => {
      if (set.has(id) === now) return set;
      const next = new Set(set);
      if (now) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const panelCommands = useMemo(() => {
    const toggle = (panel: PanelImperativeHandle | null, id: string, fallback: string, byCommand: () => void) => {
      if (!panel) return;
      const hadFocus = document.getElementById(id)?.contains(document.activeElement) ?? false;
      if (togglePanel(panel, id, fallback, byCommand) === 'collapsed' && hadFocus) focusBodyEditor();
    };
    return {
      'toggle-tree': { run: () => toggle(treePanel.current, 'pane-tree', TREE_SIZE, columns.byCommand), enabled: !hidden },
      'toggle-preview': { run: () => toggle(previewPanel.current, 'pane-preview', PREVIEW_SIZE, columns.byCommand), enabled: !hidden },
      'toggle-bottom-panel': { run: () => toggle(bottomPanel.current, 'pane-bottom', BOTTOM_SIZE, rows.byCommand), enabled: !hidden },
    };
  }, [columns.byCommand, rows.byCommand, hidden]);
  useCommandHandlers(panelCommands);

  // Go to section (Ctrl+P) with the tree collapsed opens it first; the filter takes the
  // focus once the tree has rendered open (not inert any more).
  const [treeFocusSignal, setTreeFocusSignal] = useState(0);
  useEffect(() => {
    if (focusFilterSignal === 0) return;
    const panel = treePanel.current;
    if (panel?.isCollapsed()) togglePanel(panel, 'pane-tree', TREE_SIZE, columns.byCommand);
    const frame = requestAnimationFrame(() => setTreeFocusSignal(focusFilterSignal));
    return () => cancelAnimationFrame(frame);
  }, [focusFilterSignal, columns.byCommand]);
  const version = useDocVersion(doc);
  const readOnly = project.readOnly;

  const tr = useT();
  const { t } = tr;
  useEffect(() => {
    docs.configure({
      project: project.path,
      term: () => ({ termStart: project.info.termStart, termEnd: project.info.termEnd }),
      readOnly: () => project.readOnly,
      translator: () => tr,
    });
    docs.recheckAll();
  }, [project, tr]);

  // Another project means other models; the old ones (and their undo) go with it, and
  // what could not be saved is kept as drafts of the project it belongs to.
  useEffect(() => () => docs.clear(), [project.path]);

  // Unsaved text whose section is gone is recreated or discarded, as the person says (docs/adr/0027).
  const keepDeletedText = useDeletedText(project.path, onSelect);
  // Drafts kept when this project was left last go back into their sections (docs/adr/0026).
  useEffect(() => {
    let cancelled = false;
    void docs.restoreDrafts().then(({ restored, missing }) => {
      if (cancelled) return;
      if (restored.length > 0) toasts.show('info', t('switching.drafts.restored', { names: restored.join(', ') }));
      missing.forEach(keepDeletedText);
    });
    return () => {
      cancelled = true;
    };
  }, [project.path, toasts, t, keepDeletedText]);

  // Open the first section when nothing (or a deleted section) is selected.
  useEffect(() => {
    if (!sections) return;
    if (selectedId && sections.some((s) => s.id === selectedId)) return;
    const first = visibleRows(sections, '', new Set()).find((r) => r.kind === 'section');
    onSelect(first?.kind === 'section' ? first.section.id : null);
  }, [sections, selectedId, onSelect]);

  useEffect(() => {
    if (!selectedId) return;
    let cancelled = false;
    void docs.open(selectedId).then((d) => {
      if (cancelled) return;
      if ('code' in d) {
        toasts.error(d, t('workbench.openFailed'));
        return;
      }
      setOpened(d);
      setSelectedRef(null);
      setEditing(null);
    });
    return () => {
      cancelled = true;
    };
  }, [selectedId, toasts, t]);

  // Leaving a section (for another, or leaving the workbench) saves what it still holds.
  useEffect(() => {
    if (!opened) return;
    return () => void opened.flush();
  }, [opened]);

  useEffect(() => onDocChange(doc), [doc, onDocChange]);

  useEffect(() => {
    if (editor && doc && editor.getModel() === doc.model) recordFirstLoad();
  }, [editor, doc]);

  // Changes saved elsewhere (another window, a history restore) reach an open section.
  const onSectionChanged = useEffectEvent(({ id, revision, deleted }: { id: string; revision: number; deleted?: boolean }) => {
    if (!deleted) {
      void docs.get(id)?.onRemoteChange(revision);
      return;
    }
    // The editor must let go of the model before it is disposed; the tree refresh then opens another section.
    if (opened?.id === id) {
      editor?.setModel(null);
      setOpened(null);
    }
    const unsaved = docs.dropDeleted(id);
    if (unsaved) keepDeletedText(unsaved);
  });
  useEffect(() => getClient().on('sectionChanged', (e) => onSectionChanged(e)), []);

  const dialogs = useDialogs();
  const createSection = useCallback(async () => {
    const answer = await dialogs.askPath({
      title: t('workbench.newSection.title'),
      label: t('workbench.newSection.label'),
      hint: t('workbench.newSection.hint'),
      rememberKey: 'new-section',
      okLabel: t('workbench.newSection.ok'),
    });
    const parts = answer?.[0].split('/').map((p) => p.trim()).filter(Boolean) ?? [];
    if (parts.length === 0) return;
    const res = await getClient().call('sections.create', { path: parts.slice(0, -1), name: parts[parts.length - 1] });
    if (res.ok) onSelect(res.value.id);
    else toasts.error(res.error, t('workbench.newSection.failed'));
  }, [dialogs, onSelect, toasts, t]);

  const ui = useMemo(
    () => ({ showReferences: () => setTab('references'), setEditing, setSelectedRef }),
    [],
  );
  const actions = useSectionActions(doc, ui);

  const section = doc?.section ?? null;
  const body = section?.body ?? '';
  const citedCounts = useMemo(() => {
    const counts = new Map<number, number>();
    for (const c of scanCitations(body).citations) counts.set(c.number, (counts.get(c.number) ?? 0) + 1);
    return counts;
  }, [body]);

  const selectedNumber = selectedRef !== null ? (doc?.references[selectedRef]?.number ?? null) : null;
  useCitationHighlight(editor, doc?.model ?? null, selectedNumber, reveal, version);

  const selectReference = useCallback((index: number) => {
    setSelectedRef(index);
    setReveal((r) => r + 1);
  }, []);

  const jump = useCallback(
    (d: Diagnostic) => {
      if (d.range && editor) {
        const range = { startLineNumber: d.range.startLine, startColumn: d.range.startColumn, endLineNumber: d.range.endLine, endColumn: d.range.endColumn };
        editor.revealRangeInCenter(range);
        editor.setSelection(range);
        editor.focus();
      } else if (d.referenceIndex !== undefined) {
        setTab('references');
        setSelectedRef(d.referenceIndex);
        requestAnimationFrame(() => document.querySelector('.reference-item.selected')?.scrollIntoView({ block: 'nearest' }));
      } else if (d.agreementRange) {
        document.querySelector('[data-testid="agreement"]')?.scrollIntoView({ block: 'nearest' });
      }
    },
    [editor],
  );

  const diagnostics = doc?.diagnostics ?? [];
  useProblemAnnouncements(doc?.id ?? null, diagnostics);

  // Arrow keys move between the tabs (the ARIA tabs pattern); Tab leaves the list.
  const onTabsKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const at = BOTTOM_TABS.indexOf(tab);
    const next = BOTTOM_TABS[(at + (e.key === 'ArrowRight' ? 1 : BOTTOM_TABS.length - 1)) % BOTTOM_TABS.length];
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;

  return (
    // Three columns (tree | editor | preview), each resizable by mouse or keyboard (arrows on the
    // separators); the tree and the preview collapse when dragged past their minimum.
    <Group
      className="workbench"
      hidden={hidden}
      orientation="horizontal"
      id="workbench-columns"
      defaultLayout={columns.defaultLayout}
      onLayoutChanged={columns.onLayoutChanged}
    >
      <Panel
        id="pane-tree"
        className="pane"
        defaultSize={TREE_SIZE}
        minSize={160}
        maxSize="45%"
        collapsible
        panelRef={treePanel}
        onResize={() => followCollapse(treePanel.current, 'pane-tree')}
        inert={collapsed.has('pane-tree')}
        data-focus-region="tree"
      >
      {sections ? (
        <SectionTree
          sections={sections}
          selectedId={selectedId}
          onOpen={onSelect}
          focusFilterSignal={treeFocusSignal}
          onCreate={readOnly ? undefined : createSection}
        />
      ) : (
        <nav className="tree-pane loading">{t('workbench.loadingSections')}</nav>
      )}
      </Panel>
      <Separator className="splitter splitter-x" aria-label={t('workbench.resize.tree')} />
      <Panel id="pane-center" className="pane" minSize={360} data-focus-region="editor">
      <div className="center-pane">
        {section && doc && (
          <>
            <SectionHeader section={section} readOnly={readOnly} onChange={(patch) => doc.update(patch)} />
            <SaveConflictBar doc={doc} />
            <AgreementPanel
              agreement={section.agreement}
              diagnostics={diagnostics.filter((d) => d.agreementRange)}
              readOnly={readOnly}
              onChange={(agreement) => doc.update({ agreement })}
            />
          </>
        )}
        <Group className="center-rows" orientation="vertical" id="workbench-editor-rows" defaultLayout={rows.defaultLayout} onLayoutChanged={rows.onLayoutChanged}>
        <Panel id="pane-editor" className="pane" minSize={120}>
        <div className="editor-area">
          <BodyEditor doc={doc} readOnly={readOnly} onReady={setEditor} />
          {!doc && <div className="editor-empty">{sections?.length === 0 ? t('workbench.noSections') : t('workbench.opening')}</div>}
        </div>
        </Panel>
        <Separator className="splitter splitter-y" aria-label={t('workbench.resize.problems')} />
        <Panel
        id="pane-bottom"
        className="pane"
        defaultSize={BOTTOM_SIZE}
        minSize={64}
        collapsible
        collapsedSize={30}
        panelRef={bottomPanel}
        onResize={() => followCollapse(bottomPanel.current, 'pane-bottom')}
        data-focus-region="panel"
      >
        <div className="bottom-panel">
          <div className="tabs">
          {/* eslint-disable-next-line jsx-a11y/interactive-supports-focus -- the tabs inside take the focus; the list only moves it with the arrows */}
          <div className="tab-list" role="tablist" onKeyDown={onTabsKeyDown}>
            <BottomTabButton id="problems" current={tab} onSelect={setTab}>
              {t('workbench.tab.problems')}
              {errors > 0 && <span className="badge-count tone-error">{errors}</span>}
              {warnings > 0 && <span className="badge-count tone-warning">{warnings}</span>}
            </BottomTabButton>
            <BottomTabButton id="references" current={tab} onSelect={setTab}>
              {t('workbench.tab.references')} <span className="tab-count">{doc?.references.length ?? 0}</span>
            </BottomTabButton>
            <BottomTabButton id="evidence" current={tab} onSelect={setTab}>
              {tr.t('evidence.title')}
            </BottomTabButton>
          </div>
            <TabFocusToggle />
          </div>
          {/* Collapsed to its tab row, the panel's content is out of sight: hidden, so nothing unseen takes the focus. */}
          <div className="tab-body" role="tabpanel" id="bottom-tabpanel" aria-labelledby={`tab-${tab}`} hidden={collapsed.has('pane-bottom')}>
            {doc && tab === 'problems' && (
              <ProblemsPanel diagnostics={diagnostics} references={doc.references} readOnly={readOnly} onJump={jump} onFix={actions.runFix} />
            )}
            {doc && tab === 'references' && (
              <ReferencesPanel
                references={doc.references}
                diagnostics={diagnostics}
                citedCounts={citedCounts}
                selectedIndex={selectedRef}
                editing={editing}
                readOnly={readOnly}
                onSelect={selectReference}
                onEdit={setEditing}
                onSave={actions.saveReference}
                onDelete={actions.deleteReference}
                onMove={actions.move}
                onAdd={actions.startAdd}
              />
            )}
            {doc && tab === 'evidence' && <EvidencePanel key={doc.id} doc={doc} readOnly={readOnly} />}
          </div>
        </div>
        </Panel>
        </Group>
      </div>
      </Panel>
      <Separator className="splitter splitter-x" aria-label={t('workbench.resize.preview')} />
      <Panel
        id="pane-preview"
        className="pane"
        defaultSize={PREVIEW_SIZE}
        minSize={220}
        collapsible
        panelRef={previewPanel}
        onResize={() => followCollapse(previewPanel.current, 'pane-preview')}
        inert={collapsed.has('pane-preview')}
        data-focus-region="preview"
      >
        <PreviewPane open={!!doc} language={project.info.language} heading={section?.heading ?? ''} body={body} references={doc?.references ?? []} editor={editor} />
      </Panel>
    </Group>
  );
}

/** One tab of the bottom panel; only the selected tab is a Tab stop (arrows move between them). */
function BottomTabButton({ id, current, onSelect, children }: { id: BottomTab; current: BottomTab; onSelect(id: BottomTab): void; children: ReactNode }) {
  return (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-controls="bottom-tabpanel"
      aria-selected={current === id}
      tabIndex={current === id ? 0 : -1}
      className="tab"
      data-testid={`tab-${id}`}
      onClick={() => onSelect(id)}
    >
      {children}
    </button>
  );
}
