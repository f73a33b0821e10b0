import { pick, type Random } from '../random.ts';

/** Han characters with the pinyin the bench spells them in; enough for common-name collisions. */
const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['吴', 'wu'],
  ['周', 'zhou'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
  ['何', 'he'],
  ['高', 'gao'],
  ['林', 'lin'],
  ['罗', 'luo'],
  ['郑', 'zheng'],
  ['梁', 'liang'],
  ['谢', 'xie'],
  ['宋', 'song'],
];
const GIVEN: readonly (readonly [string, string])[] = [
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['洋', 'yang'],
  ['勇', 'yong'],
  ['艳', 'yan'],
  ['杰', 'jie'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['秀', 'xiu'],
  ['霞', 'xia'],
  ['平', 'ping'],
  ['刚', 'gang'],
  ['辉', 'hui'],
  ['鹏', 'peng'],
  ['华', 'hua'],
  ['飞', 'fei'],
  ['宇', 'yu'],
  ['浩', 'hao'],
  ['凯', 'kai'],
  ['晨', 'chen'],
  ['欣', 'xin'],
  ['祥', 'xiang'],
];
const FIRST = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Carlos',
  'Karen',
  'Anna',
  'Lukas',
  'Sofia',
  'Mateo',
  'Emma',
  'Noah',
  'Olivia',
  'Liam',
  'Priya',
  'Arjun',
  'Yuki',
  'Hiroshi',
  'Fatima',
  'Omar',
  'Elena',
  'Ivan',
  'Ingrid',
  'Lars',
  'Chiara',
  'Marco',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Müller',
  'Schmidt',
  'Rossi',
  'Bianchi',
  'Sato',
  'Suzuki',
  'Tanaka',
  'Kumar',
  'Singh',
  'Ivanov',
  'Petrov',
  'Novak',
  'Kowalski',
  'Nielsen',
  'Larsen',
  'Dubois',
  'Moreau',
  'Silva',
  'Santos',
  'Costa',
];

/** The one person of the rare-name search: no list above holds either word. */
export const RARE_NAME = 'Ottoline Marchbanks-Voss';

export interface PersonName {
  name: string;
  nameZh?: string;
  aliases: string[];
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The Latin forms people type a Chinese name in, as the seed's loader stores them (minus the name). */
function chineseName(surname: readonly [string, string], given: readonly (readonly [string, string])[]): PersonName {
  const family = surname[1];
  const personal = given.map(([, sound]) => sound).join('');
  const name = `${capital(personal)} ${capital(family)}`;
  const forms = [
    `${capital(family)} ${capital(personal)}`,
    `${personal} ${family}`,
    `${family} ${personal}`,
    `${personal}${family}`,
    `${family}${personal}`,
  ];
  const nameZh = surname[0] + given.map(([character]) => character).join('');
  return { name, nameZh, aliases: [...new Set(forms)].filter((form) => form !== name) };
}

export const WANG_WEI = chineseName(['王', 'wang'], [['伟', 'wei']]);

/** A Chinese name other than 王伟: the common one is given only to the chosen few. */
export function randomChineseName(random: Random): PersonName {
  for (;;) {
    const surname = pick(random, SURNAMES);
    const given = random() < 0.6 ? [pick(random, GIVEN), pick(random, GIVEN)] : [pick(random, GIVEN)];
    const name = chineseName(surname, given);
    if (name.nameZh !== WANG_WEI.nameZh) return name;
  }
}

export function randomWesternName(random: Random): PersonName {
  return { name: `${pick(random, FIRST)} ${pick(random, LAST)}`, aliases: [] };
}

const TITLE_A = ['Scalable', 'Robust', 'Efficient', 'Sparse', 'Neural', 'Probabilistic', 'Causal', 'Federated'];
const TITLE_B = ['Graph', 'Language', 'Vision', 'Retrieval', 'Reasoning', 'Alignment', 'Compression', 'Search'];
const TITLE_C = ['Models', 'Networks', 'Transformers', 'Embeddings', 'Benchmarks', 'Systems', 'Agents', 'Kernels'];

/** Titles unique by their number, so title keys never merge two synthetic papers. */
export function publicationTitle(random: Random, index: number): string {
  return `${pick(random, TITLE_A)} ${pick(random, TITLE_B)} ${pick(random, TITLE_C)} ${index}`;
}

export const FIELDS = ['Computer Science', 'Mathematics', 'Physics', 'Electrical Engineering', 'Statistics'];
export const ROLES = ['Engineer', 'Researcher', 'Scientist', 'Intern', 'Professor', 'Manager'];
