// chinese-numbers-converter ships no types; we use only its constructor and toInteger().
declare module 'chinese-numbers-converter' {
  export default class ChineseNumber {
    constructor(source: string);
    toInteger(): number;
  }
}
