/** The folder of the CMS in the built site (/admin/): an application for editors, not a page of the site. */
export const ADMIN_FOLDER = 'admin';

/** Whether a file of the built site (relative path, `/` separators) belongs to the CMS. */
export const isAdminFile = (file: string): boolean => file.split('\\').join('/').startsWith(`${ADMIN_FOLDER}/`);
