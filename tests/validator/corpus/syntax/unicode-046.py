from ｍａｔｈ import ｐｉ
