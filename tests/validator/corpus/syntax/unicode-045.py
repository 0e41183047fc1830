import ｍａｔｈ
