// schema.org JSON-LD for statements, cited works, organizations and policies.
import { describe, expect, it } from 'vitest';
import { citationCsl, statementCsl } from '../../../src/cite/csl.ts';
import {
  citationJsonLd, jsonLdText, organizationJsonLd, policyJsonLd, statementJsonLd,
} from '../../../src/share/structured-data.ts';
import { collection, editorial, joint, signatoryNames, site } from '../cite/fixtures.ts';

type Node = Record<string, unknown>;

describe('statementJsonLd', () => {
  const data = statementJsonLd(statementCsl(joint, collection, site), joint, collection, site, 'https://statements.example.org/og/x.png');

  it('describes a joint statement as a Report by its signatory organizations, names whole', () => {
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Report', name: joint.data.title, datePublished: '2019-06-13', inLanguage: 'en' });
    const authors = data['author'] as Node[];
    expect(authors.map((a) => a['@type'])).toEqual(signatoryNames.map(() => 'Organization'));
    expect(authors.map((a) => a['name'])).toEqual(signatoryNames);
    // Named, not linked: the page's signatory list links them, and 35 addresses would cost the page's byte budget.
    expect(authors[0]).toEqual({ '@type': 'Organization', name: signatoryNames[0] });
  });

  it('lists the works its notes cite, each once, by the node their own page describes, and the policies it is about', () => {
    expect((data['citation'] as Node[]).map((c) => c['@id'])).toEqual([
      'https://statements.example.org/cited-works/wapo-agents/',
      'https://statements.example.org/cited-works/wola-agents/',
    ]);
    expect((data['citation'] as Node[]).map((c) => [c['@type'], c['name']])).toEqual([
      ['NewsArticle', 'DHS agents to Mexico-Guatemala border'],
      ['Report', '80 Homeland Security Agents to Guatemala?'],
    ]);
    expect((data['about'] as Node[]).map((p) => [p['@type'], p['name']])).toEqual([
      ['Legislation', 'DHS-Guatemala Memorandum of Cooperation'],
      ['CreativeWork', 'Metering'],
    ]);
  });

  it('describes an editorial as a BlogPosting by a Person, published by its organization', () => {
    const ld = statementJsonLd(statementCsl(editorial, collection, site), editorial, collection, site);
    expect(ld['@type']).toBe('BlogPosting');
    expect(ld['datePublished']).toBe('2017-02');
    expect(ld['author']).toEqual([{ '@type': 'Person', name: 'Daniella Burgi-Palomino', givenName: 'Daniella', familyName: 'Burgi-Palomino' }]);
    expect(ld['publisher']).toEqual({ '@type': 'Organization', name: 'CAMMINA', url: 'https://statements.example.org/organizations/cammina/' });
  });
});

describe('other pages', () => {
  it('describes a cited news story as a NewsArticle at its own address', () => {
    const ld = citationJsonLd('wapo-agents', citationCsl('wapo-agents', collection.citations.get('wapo-agents')!, collection), collection, site);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle', '@id': 'https://statements.example.org/cited-works/wapo-agents/', url: 'https://www.washingtonpost.com/x', publisher: { name: 'The Washington Post' },
    });
  });

  it('describes an organization with its acronym, aliases and parent', () => {
    expect(organizationJsonLd('wola', collection, site)).toMatchObject({ '@type': 'NGO', name: 'Washington Office on Latin America', alternateName: ['WOLA'], sameAs: 'https://www.wola.org/' });
    expect(organizationJsonLd('lawgef', collection, site)['memberOf']).toEqual([{ '@type': 'Organization', name: 'Washington Office on Latin America', url: 'https://statements.example.org/organizations/wola/' }]);
    expect(organizationJsonLd('dhs', collection, site)['@type']).toBe('GovernmentOrganization');
  });

  it('describes an agreement as Legislation and a practice as a creative work', () => {
    expect(policyJsonLd('moc', collection, site)).toMatchObject({ '@type': 'Legislation', legislationDate: '2019-05-31', legislationIdentifier: ['DHS MOC-2019'] });
    expect(policyJsonLd('metering', collection, site)).toMatchObject({ '@type': 'CreativeWork', spatialCoverage: [{ '@type': 'Country', name: 'United States' }, { '@type': 'Country', name: 'Mexico' }] });
  });

  it('escapes "<" so no text in the data can close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
