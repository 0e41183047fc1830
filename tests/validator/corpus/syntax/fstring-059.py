f'{x # comment
}'
