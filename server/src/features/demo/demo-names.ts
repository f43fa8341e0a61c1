import type { Gender } from '@fupin/core';
import { weightedTable, type Prng } from './prng.ts';

/** Common surnames of northern China with rough relative frequencies (per mille of the population). */
const SURNAMES = weightedTable<string>([
  ['王', 76], ['李', 74], ['张', 70], ['刘', 54], ['陈', 30], ['杨', 32], ['赵', 26], ['黄', 12],
  ['周', 14], ['吴', 12], ['徐', 12], ['孙', 15], ['胡', 12], ['朱', 10], ['高', 16], ['林', 5],
  ['何', 8], ['郭', 14], ['马', 15], ['罗', 5], ['梁', 9], ['宋', 9], ['郑', 7], ['谢', 5],
  ['韩', 10], ['唐', 5], ['冯', 7], ['于', 8], ['董', 8], ['程', 5], ['曹', 7], ['袁', 4],
  ['邓', 3], ['许', 5], ['苏', 5], ['吕', 5], ['贾', 7], ['丁', 4], ['魏', 6], ['薛', 5],
  ['阎', 5], ['杜', 5], ['田', 6], ['任', 6], ['姜', 4], ['范', 4], ['石', 5], ['姚', 3],
  ['郝', 9], ['孔', 2], ['白', 8], ['崔', 4], ['康', 4], ['秦', 3], ['史', 4], ['侯', 4],
  ['孟', 4], ['段', 3], ['常', 4], ['武', 5], ['乔', 5], ['贺', 6], ['奇', 2], ['折', 1],
  ['霍', 2], ['樊', 2], ['尹', 2], ['牛', 3], ['申', 2], ['云', 1],
]);

/** Given-name characters by gender and birth cohort, so grandparents and grandchildren sound apart. */
const GIVEN_CHARS: Record<Gender, Record<'old' | 'middle' | 'young', string>> = {
  male: {
    old: '福贵财富荣发德忠明山喜旺全生林海国文华成有金树春宝玉永占',
    middle: '伟强军勇杰涛明辉刚平建国华斌林海峰东亮志龙飞波鹏宏振利兵光',
    young: '浩宇轩然俊磊鑫超博瑞泽睿晨阳子豪航凯涵文轩铭哲宸逸一',
  },
  female: {
    old: '秀英兰桂凤珍花玉梅翠莲芝香荣金美淑琴素云',
    middle: '芳娜敏静丽艳娟霞燕玲红慧萍婷雪晶洁华春梅英霞丹',
    young: '欣怡佳琳倩颖悦涵梓萱雨彤诗琪可馨思妍晨曦一诺子',
  },
};

const MONGOL_NAMES: Record<Gender, readonly string[]> = {
  male: ['巴特尔', '额尔敦', '宝音', '那顺', '朝鲁', '阿拉坦', '巴雅尔', '布和', '孟和', '苏和',
    '哈斯', '图门', '达来', '格日勒图', '乌力吉', '巴图', '敖其尔', '毕力格', '特木尔', '吉日嘎拉'],
  female: ['其木格', '乌云', '萨仁', '斯琴', '图雅', '娜仁', '高娃', '塔娜', '琪琪格', '乌兰',
    '托娅', '苏日娜', '格日乐', '敖登', '萨日娜', '吉雅', '阿茹娜', '诺敏', '其其格', '索布德'],
};

/** Han surnames Mongol families in Ordos often carry. */
const MONGOL_SURNAMES = ['奇', '包', '白', '鲍', '韩', '王', '云', '乌'] as const;

export function drawSurname(prng: Prng): string {
  return SURNAMES.draw(prng);
}

export function drawMongolSurname(prng: Prng): string {
  return prng.chance(0.5) ? prng.pick(MONGOL_SURNAMES) : '';
}

function cohortOf(birthYear: number): 'old' | 'middle' | 'young' {
  if (birthYear < 1965) return 'old';
  return birthYear < 1998 ? 'middle' : 'young';
}

/** A one- or two-character given name in the style of the person's generation. */
export function drawGivenName(prng: Prng, gender: Gender, birthYear: number): string {
  const chars = GIVEN_CHARS[gender][cohortOf(birthYear)];
  const first = chars.charAt(prng.int(0, chars.length - 1));
  if (prng.chance(0.35)) return first;
  return first + chars.charAt(prng.int(0, chars.length - 1));
}

export function drawMongolGivenName(prng: Prng, gender: Gender): string {
  return prng.pick(MONGOL_NAMES[gender]);
}
