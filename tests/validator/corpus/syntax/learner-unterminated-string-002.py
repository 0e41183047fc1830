print('Welcome to the quiz)
answer = input()
