"""Bodies a title belongs to beyond the table of known ones, and what may follow a role.

"Ban Nội chính", "Sở Xây dựng", "Hội Liên hiệp Phụ nữ": a head word and capitalised words
(`named_body`). An office head ("Giám đốc", "Chánh Văn phòng", "Trưởng ban") may name a body
the tables do not know; it is taken as written when it runs from a capitalised word to a
territory or the name ("Phó Chánh Văn phòng Điều phối nông thôn mới Thành phố", `free_body`).
A clause of responsibility after a role is skipped ("Phó Chủ tịch UBND phường phụ trách khối
văn hóa - xã hội Nguyễn Văn A", `charge`).
"""

from __future__ import annotations

from .territories import Territories
from .vocab import (AND, APPOINT, BODIES, CHARGE, CITY_IN_NAME, CITY_WORDS, COOPERATIVE, HONORIFICS,
                    LOCAL, NAMED_HEADS, OF, PROVINCE_WORDS, RANKS, SEPARATORS, TITLES, WARD_WORDS)


class Bodies(Territories):
    """Bodies named by their words, and the words that end or follow them."""

    def named_body(self, i: int, after_head: bool = False) -> tuple[str | None, int]:
        """"Ban Nội chính", "Sở Xây dựng", "Hội Liên hiệp Phụ nữ": head + capitalised words,
        each with at most one lower-case word after it; stops at a body, territory or name. The head
        may be lower case right after a head title ("Trưởng ban Tuyên giáo")."""
        toks = self.toks
        n = self.at(i, NAMED_HEADS)
        if not n or not (self.cap[i] or after_head):
            return None, i
        j = i + n
        taken = j
        # a hospital's name may end in its city ("Bệnh viện Đại học Y Hà Nội"): the name, as written
        own_city = tuple(self.keys[i:i + n]) in CITY_IN_NAME
        while j < len(toks) and j - taken <= 1 and (self.alpha[j] or toks[j].text in "-–,"):
            t = toks[j]
            if self.cap[j] and own_city and self.province_name(j)[0]:
                j = taken = self.province_name(j)[1]
                break
            if self.cap[j]:
                if (self.at(j, BODIES) or self.at(j, CITY_WORDS)
                        or (not own_city and self.province_name(j)[0])
                        or self.name(j, after_role=True)[0]):
                    break
                j += 1
                if j < len(toks) and self.alpha[j] and not self.cap[j] and toks[j].key not in SEPARATORS \
                        and not self.at(j, WARD_WORDS) and not self.at(j, APPOINT) \
                        and not self.at(j, PROVINCE_WORDS) and not self.at(j, CITY_WORDS):
                    # a lower-case word of the name ("Sở Văn hóa"), not the territory after it
                    # ("Sở Công Thương tỉnh Bắc Ninh")
                    j += 1
                taken = j
            elif t.key == AND and j + 1 < len(toks) and self.cap[j + 1] and j > i + n:
                j += 1
            elif t.text in "-–" and j > i + n and j + 1 < len(toks) and self.cap[j + 1] \
                    and not (self.at(j + 1, TITLES) or self.is_name(j + 1)):
                j += 1  # "Ban Kinh tế - Xã hội"
            elif t.text == "," and j > i + n and self.comma_in_name(j):
                j += 1  # "Phòng Kinh tế, Hạ tầng và Đô thị"
            else:
                break
        if taken == i + n:
            return None, i
        name = self.span(i, taken)
        return name[0].upper() + name[1:], taken  # "Trưởng ban Tuyên giáo": "Ban Tuyên giáo"

    def free_body(self, i: int, after_head: bool = False) -> tuple[str | None, int]:
        """A body this table does not know, after an office head's title ("Phó Chánh Văn phòng
        Điều phối nông thôn mới Thành phố"): from a capitalised word (or a lower-case head right
        after "Trưởng": "Trưởng ban ...") over words of any case and "-", up to a territory or a
        person's name; (None, i) when it ends anywhere else."""
        toks = self.toks
        if i >= len(toks) or not self.alpha[i]:
            return None, i
        if not (self.cap[i] or (after_head and self.at(i, NAMED_HEADS))):
            return None, i
        if self.is_name(i) or self._stop_word(i) or self.territory(i)[0] is not None:
            return None, i
        k = i + 1
        while k < len(toks) and k - i <= 10:
            t = toks[k]
            if self.alpha[k]:
                place, e = self.territory(k)
                if (place == LOCAL and e < len(toks) and self.alpha[e] and not self.cap[e]) or (
                        place is not None and k >= 2 and (toks[k - 2].key, toks[k - 1].key) == COOPERATIVE):
                    place = None  # "Hợp tác xã nông nghiệp", "Hợp tác xã Thành Công": not a ward
                person, e = self.name(k, after_role=True)
                if person and place is None:
                    # "Ban Quản lý chợ Đồng Xuân Lê Văn Tám": a place's name before the person's
                    # ends the body ("Đồng Xuân"), the name is the rest
                    for s in range(k + 1, e - 1):
                        if self.is_place_name(self.span(k, s)) and self.name(s, after_role=True)[1] == e:
                            k = s
                            break
                if place is not None or person:
                    name = self.span(i, k)
                    return name[0].upper() + name[1:], k
                if self._stop_word(k) or t.key in OF or t.key in SEPARATORS or self.at(k, CHARGE):
                    return None, i
                k += 1
            elif t.text in "-–" and k + 1 < len(toks) and self.alpha[k + 1]:
                k += 1
            else:
                return None, i
        return None, i

    def _stop_word(self, k: int) -> bool:
        return bool(self.at(k, TITLES) or self.at(k, HONORIFICS) or self.at(k, RANKS)
                    or self.at(k, APPOINT) or self.at(k, BODIES))

    def charge(self, j: int) -> int:
        """Past a clause of responsibility ("phụ trách khối văn hóa - xã hội", "phụ trách lĩnh
        vực kinh tế") after a role: lower-case words, "-" and "," between them; j if none."""
        toks = self.toks
        n = self.at(j, CHARGE)
        if not n:
            return j
        k = j + n
        while k < len(toks) and k - j < 16:
            t = toks[k]
            if self.alpha[k] and not (self.cap[k] and (self.is_name(k) or self._stop_word(k)
                                                       or self.at(k, WARD_WORDS) or self.at(k, CITY_WORDS))):
                if t.key in SEPARATORS and k + 1 < len(toks) and self.cap[k + 1]:
                    break  # "... và Chủ tịch ...": another role
                if self.at(k, HONORIFICS) or (not self.cap[k] and self.territory(k)[0] not in (None, LOCAL)):
                    break  # "phụ trách kinh tế phường Láng": the role's territory follows
                k += 1
            elif t.text in "-–/," and k + 1 < len(toks) and self.alpha[k + 1] and not self.cap[k + 1] \
                    and not self.at(k + 1, HONORIFICS):
                k += 1
            else:
                break
        return k if k > j + n else j

    def comma_in_name(self, i: int) -> bool:
        """A "," at i inside a body's name: capitalised words after it, then "và" and a
        capitalised word before any other punctuation ("Kinh tế, Hạ tầng và Đô thị")."""
        toks = self.toks
        j = i + 1
        if j >= len(toks) or not (self.alpha[j] and self.cap[j]) or self.at(j, TITLES) \
                or self.at(j, BODIES) or self.is_name(j):
            return False
        while j < len(toks) and j - i <= 6 and self.alpha[j]:
            if toks[j].key == AND:
                return j + 1 < len(toks) and self.cap[j + 1] and self.alpha[j + 1]
            j += 1
        return False

    def unknown_body(self, i: int) -> bool:
        """A capitalised word at i that is no name, territory or title: the rest of a body this
        table does not know ("Ban Thường vụ Quận ủy Hoàng Mai"), so the body is not implied."""
        toks = self.toks
        return i < len(toks) and self.alpha[i] and self.cap[i] and not self.is_name(i) and not (
            self.at(i, WARD_WORDS) or self.at(i, CITY_WORDS) or self.at(i, PROVINCE_WORDS)
            or self.at(i, TITLES) or self.at(i, HONORIFICS) or self.at(i, RANKS))
