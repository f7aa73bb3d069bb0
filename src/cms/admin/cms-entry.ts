// The script of /admin/: Sveltia CMS from the npm package, bundled by src/integrations/cms.ts.
import './dutch-first';
import CMS from '@sveltia/cms';
import { editorComponentDefinitions } from './editor-components';
import { storyPreview } from './story-preview';

for (const component of editorComponentDefinitions()) CMS.registerEditorComponent(component as Parameters<typeof CMS.registerEditorComponent>[0]);
// The preview uses the site's own stylesheet (tokens, typography, components).
CMS.registerPreviewStyle(new URL('preview.css', document.baseURI).href);
// Stories preview with the story page's own markup; `h` is the element factory Sveltia provides.
const { h } = window as unknown as { h: Parameters<typeof storyPreview>[0] };
CMS.registerPreviewTemplate('stories', storyPreview(h) as unknown as Parameters<typeof CMS.registerPreviewTemplate>[1]);
void CMS.init();
