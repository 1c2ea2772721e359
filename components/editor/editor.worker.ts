/** Monaco's base editor worker (diffing, word suggestions); no language workers are bundled. */
import 'monaco-editor/editor/editor.worker';
import { reportLoadedFiles } from '@/components/present/report-loaded';

// Its files are kept for use without a network even when it started before the service worker did.
reportLoadedFiles();
