import { toBibtex, toRis } from '../src/cite/formats.ts';
const item: any = { id: 'x', type: 'report', title: 'Title\nER  - \nTY  - JOUR\nTI  - Forged', author: [{ literal: 'Foo}}, title = {Forged' }, { literal: '\\immediate\\write18{rm -rf}' }], URL: 'https://e.org/', language: 'en', publisher: 'Pub & {x} % $ # _ ~ ^' , issued: {'date-parts': [[2019, 6, 13]]}, genre: 'Joint statement', source: 'Border'};
console.log(toBibtex([item]));
console.log(toRis([item]));
