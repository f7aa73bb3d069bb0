// The PDF's file name is a route of the site: it lives with the routes (src/data/urls.ts).
export { pdfFileName } from '../data/urls.ts';
