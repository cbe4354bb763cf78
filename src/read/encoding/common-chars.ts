/**
 * Very common Chinese characters: the ~500 most frequent in general text plus the vocabulary of
 * plan documents (计划 工作 年度 落实 考核 …), in Simplified and in Traditional form. A correct
 * decoding of a plan text is mostly made of these; a wrong one (Big5 read as GBK, GBK read as Big5)
 * maps them onto arbitrary characters of the other table, of which only a small share are common.
 * Both scripts are listed so the score does not prefer Simplified over Traditional.
 */
const SIMPLIFIED =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严' +
  '司落推培训服责企职措施案检考核宣伍廉监督财预项范健善创升障努贯彻围绕突抓促继续逐坚树充挥举召协配沟';

/** The Traditional forms of the characters above that differ from their Simplified form. */
const TRADITIONAL =
  '這爲為個國時來們於對會發動過說產種後學經進電裏裡現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處隊給門規熱領東導壓爭濟階術極聯認權證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳許羣廣記觀織裝衆眾書兒須際驗連斷難礦備辦習響約勞團歷構稱準號維劃畫選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴訓責職檢監財預項範創貫徹圍繞繼續堅樹揮舉協溝著';

export const COMMON_CHARS: ReadonlySet<number> = new Set([...(SIMPLIFIED + TRADITIONAL)].map((c) => c.codePointAt(0) as number));
