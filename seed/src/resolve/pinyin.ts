import { pinyin } from 'pinyin-pro';

/** Two-character surnames; without them 欧阳娜娜 would become "Yangnana Ou". */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '端木',
  '澹台',
  '申屠',
  '太史',
  '呼延',
]);

const HAN_NAME = /^\p{Script=Han}{2,5}$/u;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The Latin spellings of a Chinese personal name, in both orders and in the forms people type:
 * 张祥雨 gives "Xiangyu Zhang", "Zhang Xiangyu", "xiangyu zhang", "zhang xiangyu",
 * "xiangyuzhang" and "zhangxiangyu". Empty when the name is not written in Han characters only.
 */
export function pinyinNameForms(nameZh: string): string[] {
  const name = nameZh.replace(/[\s·・]/g, '');
  if (!HAN_NAME.test(name)) return [];
  // Surname mode reads surnames as surnames: 单 is Shan, 曾 is Zeng, 解 is Xie.
  const syllables = pinyin(name, { toneType: 'none', type: 'array', mode: 'surname' }).map((s) =>
    // Romanised names write ü as u (吕 is Lu); the toneless form keeps the umlaut.
    s.toLowerCase().replace(/ü/g, 'u'),
  );
  const surnameLength = COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length > 2 ? 2 : 1;
  const surname = syllables.slice(0, surnameLength).join('');
  const given = syllables.slice(surnameLength).join('');
  if (!surname || !given) return [];
  const forms = [
    `${capitalize(given)} ${capitalize(surname)}`,
    `${capitalize(surname)} ${capitalize(given)}`,
    `${given} ${surname}`,
    `${surname} ${given}`,
    `${given}${surname}`,
    `${surname}${given}`,
  ];
  return [...new Set(forms)];
}
