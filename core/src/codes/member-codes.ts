import { defineCodeList } from './code-list.ts';

export const relationsToHead = defineCodeList('relationToHead', [
  { code: 'self', zh: '户主', en: 'Head of household', national: '02' },
  { code: 'spouse', zh: '配偶', en: 'Spouse', national: '10' },
  { code: 'son', zh: '之子', en: 'Son', national: '20' },
  { code: 'daughter', zh: '之女', en: 'Daughter', national: '30' },
  { code: 'sonInLaw', zh: '之女婿', en: 'Son-in-law', national: '38' },
  { code: 'daughterInLaw', zh: '之儿媳', en: 'Daughter-in-law', national: '28' },
  { code: 'grandchild', zh: '之孙子女', en: 'Grandchild', national: '40' },
  { code: 'parent', zh: '之父母', en: 'Parent', national: '50' },
  { code: 'grandparent', zh: '之祖父母', en: 'Grandparent', national: '60' },
  { code: 'sibling', zh: '之兄弟姐妹', en: 'Sibling', national: '70' },
  { code: 'other', zh: '其他', en: 'Other relative', national: '99' },
]);

export const genders = defineCodeList('gender', [
  { code: 'male', zh: '男', en: 'Male', national: '1' },
  { code: 'female', zh: '女', en: 'Female', national: '2' },
]);

export const ethnicities = defineCodeList('ethnicity', [
  { code: '01', zh: '汉族', en: 'Han' },
  { code: '02', zh: '蒙古族', en: 'Mongol' },
  { code: '03', zh: '回族', en: 'Hui' },
  { code: '04', zh: '藏族', en: 'Tibetan' },
  { code: '05', zh: '维吾尔族', en: 'Uyghur' },
  { code: '06', zh: '苗族', en: 'Miao' },
  { code: '07', zh: '彝族', en: 'Yi' },
  { code: '08', zh: '壮族', en: 'Zhuang' },
  { code: '09', zh: '布依族', en: 'Bouyei' },
  { code: '10', zh: '朝鲜族', en: 'Korean' },
  { code: '11', zh: '满族', en: 'Manchu' },
  { code: '12', zh: '侗族', en: 'Dong' },
  { code: '13', zh: '瑶族', en: 'Yao' },
  { code: '14', zh: '白族', en: 'Bai' },
  { code: '15', zh: '土家族', en: 'Tujia' },
  { code: '16', zh: '哈尼族', en: 'Hani' },
  { code: '17', zh: '哈萨克族', en: 'Kazakh' },
  { code: '18', zh: '傣族', en: 'Dai' },
  { code: '19', zh: '黎族', en: 'Li' },
  { code: '97', zh: '其他', en: 'Other' },
]);

export const educationLevels = defineCodeList('educationLevel', [
  { code: 'illiterate', zh: '文盲或半文盲', en: 'Illiterate or semi-literate' },
  { code: 'primary', zh: '小学', en: 'Primary school' },
  { code: 'juniorHigh', zh: '初中', en: 'Junior high school' },
  { code: 'seniorHigh', zh: '高中', en: 'Senior high school' },
  { code: 'vocational', zh: '中专/职高', en: 'Secondary vocational' },
  { code: 'associate', zh: '大专', en: 'Associate degree' },
  { code: 'bachelor', zh: '本科及以上', en: 'Bachelor or above' },
  { code: 'preschoolAge', zh: '学龄前儿童', en: 'Pre-school age' },
]);

export const schoolStatuses = defineCodeList('schoolStatus', [
  { code: 'notInSchool', zh: '非在校生', en: 'Not in school' },
  { code: 'preschool', zh: '学前教育', en: 'Preschool' },
  { code: 'primary', zh: '小学', en: 'Primary school' },
  { code: 'juniorHigh', zh: '七年级至九年级', en: 'Junior high school' },
  { code: 'seniorHigh', zh: '普通高中', en: 'Senior high school' },
  { code: 'vocational', zh: '中职/技校', en: 'Secondary vocational' },
  { code: 'higherVocational', zh: '高职/大专', en: 'Higher vocational' },
  { code: 'undergraduate', zh: '本科', en: 'Undergraduate' },
  { code: 'postgraduate', zh: '研究生', en: 'Postgraduate' },
  { code: 'dropout', zh: '辍学', en: 'Dropped out' },
]);

export const healthStatuses = defineCodeList('healthStatus', [
  { code: 'healthy', zh: '健康', en: 'Healthy' },
  { code: 'chronicIllness', zh: '长期慢性病', en: 'Chronic illness' },
  { code: 'seriousIllness', zh: '患有大病', en: 'Serious illness' },
  { code: 'disabled', zh: '残疾', en: 'Disabled' },
]);

export const disabilityGrades = defineCodeList('disabilityGrade', [
  { code: 'none', zh: '无', en: 'None' },
  { code: 'grade1', zh: '一级', en: 'Grade 1' },
  { code: 'grade2', zh: '二级', en: 'Grade 2' },
  { code: 'grade3', zh: '三级', en: 'Grade 3' },
  { code: 'grade4', zh: '四级', en: 'Grade 4' },
]);

export const laborCapacities = defineCodeList('laborCapacity', [
  { code: 'ordinary', zh: '普通劳动力', en: 'Ordinary labour' },
  { code: 'skilled', zh: '技能劳动力', en: 'Skilled labour' },
  { code: 'lost', zh: '丧失劳动力', en: 'Lost labour capacity' },
  { code: 'none', zh: '无劳动力', en: 'No labour capacity' },
]);

export const employmentKinds = defineCodeList('employmentKind', [
  { code: 'none', zh: '未务工', en: 'Not employed' },
  { code: 'inCounty', zh: '县内务工', en: 'Working in the county' },
  { code: 'inProvince', zh: '省内县外务工', en: 'Working in the province' },
  { code: 'outOfProvince', zh: '省外务工', en: 'Working outside the province' },
  { code: 'publicWelfarePost', zh: '公益性岗位', en: 'Public welfare post' },
]);
