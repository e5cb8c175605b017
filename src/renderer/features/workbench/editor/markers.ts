import type { Diagnostic, Severity } from '../../../../shared/models';
import { monaco } from './monaco';

const SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

export const MARKER_OWNER = 'pwb-citations';

/** Body problems become markers; the marker `code` carries the diagnostic's index for code actions. */
export function diagnosticsToMarkers(diagnostics: readonly Diagnostic[]): monaco.editor.IMarkerData[] {
  const markers: monaco.editor.IMarkerData[] = [];
  diagnostics.forEach((d, index) => {
    if (!d.range) return;
    markers.push({
      severity: SEVERITY[d.severity],
      message: d.message,
      code: `${d.code}#${index}`,
      source: 'citations',
      startLineNumber: d.range.startLine,
      startColumn: d.range.startColumn,
      endLineNumber: d.range.endLine,
      endColumn: d.range.endColumn,
    });
  });
  return markers;
}

/** The diagnostic index a marker was made from (see diagnosticsToMarkers). */
export function markerDiagnosticIndex(marker: { code?: string | { value: string } }): number | null {
  const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
  const m = code ? /#(\d+)$/.exec(code) : null;
  return m ? Number(m[1]) : null;
}
