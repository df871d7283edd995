// The site's name and description, used by the layout, feeds and metadata.
export const site = {
  name: 'Border & Migration Statements',
  description:
    'Civil-society statements on migration and border policy in the United States, Mexico and Central America, published word for word, with the works they cite.',
  language: 'en',
};
