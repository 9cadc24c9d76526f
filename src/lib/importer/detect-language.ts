/** Vietnamese when enough letters carry Vietnamese marks; English otherwise. */
export function detectLanguage(text: string): 'vi' | 'en' {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const marked = text.normalize('NFC').match(/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu)?.length ?? 0;
  return letters > 0 && marked / letters > 0.04 ? 'vi' : 'en';
}
