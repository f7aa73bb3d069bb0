// The script of /admin/: Sveltia CMS from the npm package, bundled by src/integrations/cms.ts.
import './dutch-first';
import CMS from '@sveltia/cms';
import { editorComponentDefinitions } from './editor-components';

for (const component of editorComponentDefinitions()) CMS.registerEditorComponent(component as Parameters<typeof CMS.registerEditorComponent>[0]);
// The preview uses the site's own stylesheet (tokens, typography, components).
CMS.registerPreviewStyle(new URL('preview.css', document.baseURI).href);
void CMS.init();
