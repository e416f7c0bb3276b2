// Lines a scraped government web page adds around the document: breadcrumbs, counters, footers.

const CHROME_LINE = [
  /^当前位置/,
  /浏览(量|次数)?[:：]?\s*\d/,
  /网站地图|设为首页|加入收藏|版权所有|ICP备|备案号|网站标识码|技术支持|联系我们|打印本页|关闭窗口/,
  /^(地址|电话|传真|邮编|邮政编码|E-?mail)[:：]/i,
  /邮政编码[:：]\s*\d/,
];

/** Whether a (trimmed) line is page chrome rather than part of the document. */
export function isChromeLine(line: string): boolean {
  return CHROME_LINE.some((pattern) => pattern.test(line));
}
