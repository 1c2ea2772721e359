/** Monaco's base editor worker (diffing, word suggestions); no language workers are bundled. */
import 'monaco-editor/editor/editor.worker';
